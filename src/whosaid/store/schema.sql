-- whosaid store, schema version 1 (applied by migrations.py, step 1).
--
-- One row per stored record of whosaid.model. Offsets are Python str indices into
-- articles.text, end exclusive. Dates are ISO 8601 text ('YYYY-MM-DD'); booleans are 0/1.
-- Child rows keep `seq`, their position in the Extraction tuple, so a round trip gives
-- back the same tuple order.

-- `pk` is an explicit INTEGER PRIMARY KEY (a rowid alias) because the FTS5 index below is
-- an external-content table keyed on it: VACUUM may renumber the implicit rowid of a
-- table whose primary key is TEXT, which would silently point the index at other rows.
CREATE TABLE articles (
    pk           INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    text         TEXT NOT NULL,
    published    TEXT,
    outlet       TEXT,
    title        TEXT,
    url          TEXT,
    source       TEXT,
    added_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_outlet ON articles (outlet);

-- Quote + Speaker flattened. has_speaker tells `speaker=None` from an empty Speaker().
CREATE TABLE quotes (
    id            INTEGER PRIMARY KEY,
    article_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    content_start INTEGER NOT NULL,
    content_end   INTEGER NOT NULL,
    content_text  TEXT NOT NULL,
    cue_start     INTEGER,
    cue_end       INTEGER,
    cue_text      TEXT,
    has_speaker   INTEGER NOT NULL DEFAULT 0,
    speaker_start INTEGER,
    speaker_end   INTEGER,
    speaker_text  TEXT,
    speaker_name  TEXT,
    anonymous     INTEGER NOT NULL DEFAULT 0,
    descriptor    TEXT,
    ordinal       INTEGER,
    speaker_group INTEGER NOT NULL DEFAULT 0,
    speaker_ref   INTEGER,
    venue         TEXT,
    direct        INTEGER NOT NULL DEFAULT 1,
    relayed       INTEGER NOT NULL DEFAULT 0,
    method        TEXT,
    said_at       TEXT,
    UNIQUE (article_id, seq)
);
CREATE INDEX quotes_speaker_name ON quotes (speaker_name COLLATE NOCASE);

CREATE TABLE timexes (
    id         INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL,
    type       TEXT NOT NULL,
    value      TEXT,
    mod        TEXT,
    UNIQUE (article_id, seq)
);

CREATE TABLE facts (
    id         INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    subject    TEXT NOT NULL,
    kind       TEXT NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL,
    lo         TEXT,
    hi         TEXT,
    stated     TEXT,
    UNIQUE (article_id, seq)
);

-- QuoteLink groups and their Occurrences: derived data, rewritten whole by the link stage
-- (Store.replace_links). Occurrence keeps its own published/outlet copies because the
-- link stage may fill them differently from the article row.
CREATE TABLE link_groups (
    id   INTEGER PRIMARY KEY,
    key  TEXT,
    text TEXT NOT NULL
);

CREATE TABLE occurrences (
    group_id   INTEGER NOT NULL REFERENCES link_groups (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL,
    published  TEXT,
    outlet     TEXT,
    speaker    TEXT,
    venue      TEXT,
    credited   INTEGER NOT NULL DEFAULT 0,
    relayed    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (group_id, seq)
);
CREATE INDEX occurrences_article ON occurrences (article_id);

-- Full-text search: external-content FTS5 tables (the text lives once, in the tables
-- above) kept current by triggers, as sqlite-utils enable_fts(create_triggers=True) does.
-- porter stems English words ("drilling" finds "drill"); remove_diacritics 2 lets
-- "Etienne" find "Étienne".
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text,
    content = 'articles', content_rowid = 'pk',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.pk, new.title, new.text);
END;
CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
        VALUES ('delete', old.pk, old.title, old.text);
END;
CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
        VALUES ('delete', old.pk, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.pk, new.title, new.text);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5 (
    content_text, speaker_name,
    content = 'quotes', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER quotes_fts_ai AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts (rowid, content_text, speaker_name)
        VALUES (new.id, new.content_text, new.speaker_name);
END;
CREATE TRIGGER quotes_fts_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, content_text, speaker_name)
        VALUES ('delete', old.id, old.content_text, old.speaker_name);
END;
CREATE TRIGGER quotes_fts_au AFTER UPDATE OF content_text, speaker_name ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, content_text, speaker_name)
        VALUES ('delete', old.id, old.content_text, old.speaker_name);
    INSERT INTO quotes_fts (rowid, content_text, speaker_name)
        VALUES (new.id, new.content_text, new.speaker_name);
END;
