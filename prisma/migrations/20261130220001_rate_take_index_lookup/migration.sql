-- telegram_rate_take's look-up of a chat's slot is planned once per session and kept (PL/pgSQL
-- caches its plans): planned while the table was nearly empty, it scanned the whole table, and
-- kept doing so as the table filled with every chat written to in the last ten minutes (0.24 ms
-- a message with 3,000 chats, and growing). The primary key is always the way to one chat's row.
ALTER FUNCTION telegram_rate_take(TEXT, TEXT, DOUBLE PRECISION, DOUBLE PRECISION) SET enable_seqscan = off;
