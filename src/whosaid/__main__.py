from whosaid.cli import app

app(prog_name="whosaid")
