#include "sync/journal/journal.h"

namespace backroom {

namespace {

// Forward-only migrations: index i upgrades from version i to i+1. Never edit a shipped
// step; append a new one.
const char *const kMigrations[] = {
    R"SQL(
CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  store TEXT NOT NULL,
  woo_id INTEGER NOT NULL,
  number TEXT NOT NULL,
  status TEXT NOT NULL,
  stage TEXT NOT NULL,
  email TEXT,
  total TEXT,
  currency TEXT,
  date_created_gmt TEXT,
  date_modified_gmt TEXT,
  content_hash TEXT NOT NULL,
  erp_ref TEXT,
  received_at INTEGER NOT NULL,
  posted_at INTEGER,
  updated_at INTEGER NOT NULL,
  UNIQUE(store, woo_id)
);
CREATE INDEX orders_stage ON orders(stage, received_at);
CREATE INDEX orders_posted ON orders(posted_at);
CREATE TABLE order_revisions (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES orders(id),
  date_modified_gmt TEXT,
  content_hash TEXT NOT NULL,
  raw_json TEXT NOT NULL,
  received_at INTEGER NOT NULL,
  UNIQUE(order_id, content_hash)
);
CREATE TABLE links (
  order_id INTEGER NOT NULL REFERENCES orders(id),
  system TEXT NOT NULL,
  remote_id TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY(order_id, system)
);
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES orders(id),
  kind TEXT NOT NULL,
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_due_at INTEGER NOT NULL,
  last_error TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE(order_id, kind)
);
CREATE INDEX outbox_due ON outbox(kind, state, next_due_at);
CREATE TABLE attempts (
  id INTEGER PRIMARY KEY,
  outbox_id INTEGER,
  order_id INTEGER,
  correlation_id TEXT,
  started_at INTEGER,
  finished_at INTEGER,
  request TEXT,
  response TEXT,
  outcome TEXT,
  http_status INTEGER
);
CREATE INDEX attempts_order ON attempts(order_id);
CREATE TABLE exceptions (
  id INTEGER PRIMARY KEY,
  order_id INTEGER REFERENCES orders(id),
  kind TEXT NOT NULL,
  category TEXT NOT NULL,
  code TEXT,
  message TEXT NOT NULL,
  hint TEXT,
  system TEXT,
  group_key TEXT,
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  correlation_id TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  resolution TEXT
);
CREATE INDEX exceptions_state ON exceptions(state, category);
CREATE TABLE cursors (
  store TEXT NOT NULL,
  name TEXT NOT NULL,
  value TEXT,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY(store, name)
);
CREATE TABLE erp_customers (
  email TEXT PRIMARY KEY,
  name TEXT NOT NULL
);
CREATE TABLE audit (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT,
  before TEXT,
  after TEXT
);
CREATE TABLE commands (
  id INTEGER PRIMARY KEY,
  created_at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  kind TEXT NOT NULL,
  args TEXT NOT NULL,
  state TEXT NOT NULL,
  executed_at INTEGER,
  result TEXT
);
CREATE INDEX commands_state ON commands(state, id);
CREATE TABLE connections (
  name TEXT PRIMARY KEY,
  state TEXT NOT NULL,
  last_success INTEGER,
  last_error TEXT,
  updated_at INTEGER NOT NULL
);
CREATE TABLE metrics (
  at INTEGER NOT NULL,
  name TEXT NOT NULL,
  value REAL NOT NULL
);
CREATE INDEX metrics_name ON metrics(name, at);
CREATE TABLE engine (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  pid INTEGER,
  heartbeat_at INTEGER
);
)SQL",
    // 2: the console's indexed queries (orders view sorted and filtered at 1M orders, the SKU
    // search, attempts of the last 15 minutes, an order's exceptions and audit entries).
    R"SQL(
CREATE INDEX orders_number ON orders(number);
CREATE INDEX orders_email ON orders(lower(email));
CREATE INDEX orders_received ON orders(received_at);
CREATE INDEX orders_status ON orders(status, received_at);
CREATE INDEX orders_total ON orders(CAST(total AS REAL));
CREATE INDEX orders_erp_ref ON orders(erp_ref);
CREATE TABLE order_skus (
  sku TEXT NOT NULL,
  order_id INTEGER NOT NULL REFERENCES orders(id),
  PRIMARY KEY(sku, order_id)
) WITHOUT ROWID;
CREATE INDEX order_skus_order ON order_skus(order_id);
INSERT OR IGNORE INTO order_skus(sku, order_id)
  SELECT json_extract(li.value, '$.sku'), r.order_id
  FROM order_revisions r,
       json_each(CASE WHEN json_valid(r.raw_json) THEN r.raw_json ELSE '{}' END, '$.line_items') li
  WHERE r.id = (SELECT max(id) FROM order_revisions WHERE order_id = r.order_id)
    AND coalesce(json_extract(li.value, '$.sku'), '') != '';
CREATE INDEX attempts_started ON attempts(started_at);
CREATE INDEX exceptions_order ON exceptions(order_id);
CREATE INDEX audit_target ON audit(target);
)SQL",
    // 3: helpdesk tickets: one row per order and cause, the queue of ticket work (create,
    // comment, solve) that waits while the helpdesk is down, and tickets found by polling.
    R"SQL(
CREATE TABLE helpdesk_tickets (
  id INTEGER PRIMARY KEY,
  external_id TEXT NOT NULL UNIQUE,
  order_id INTEGER NOT NULL REFERENCES orders(id),
  cause TEXT NOT NULL,
  exception_id INTEGER,
  exception_state TEXT,
  remote_id TEXT,
  remote_status TEXT,
  state TEXT NOT NULL,
  subject TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX helpdesk_tickets_order ON helpdesk_tickets(order_id);
CREATE INDEX helpdesk_tickets_state ON helpdesk_tickets(state);
CREATE INDEX helpdesk_tickets_exception ON helpdesk_tickets(exception_id);
CREATE TABLE helpdesk_queue (
  id INTEGER PRIMARY KEY,
  ticket_id INTEGER NOT NULL REFERENCES helpdesk_tickets(id),
  kind TEXT NOT NULL,
  body TEXT,
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  outcome_unknown INTEGER NOT NULL DEFAULT 0,
  next_due_at INTEGER NOT NULL,
  last_error TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX helpdesk_queue_due ON helpdesk_queue(state, next_due_at);
CREATE INDEX helpdesk_queue_ticket ON helpdesk_queue(ticket_id, state);
CREATE TABLE helpdesk_mentions (
  remote_id TEXT PRIMARY KEY,
  order_id INTEGER REFERENCES orders(id),
  order_ref TEXT,
  subject TEXT,
  status TEXT,
  url TEXT,
  external_id TEXT,
  updated TEXT,
  seen_at INTEGER NOT NULL
);
CREATE INDEX helpdesk_mentions_order ON helpdesk_mentions(order_id);
CREATE INDEX helpdesk_mentions_unlinked ON helpdesk_mentions(seen_at) WHERE order_id IS NULL;
CREATE INDEX exceptions_updated ON exceptions(updated_at);
)SQL",
    // 4: the order flows after posting: deliveries applied to store orders, refunds booked as
    // ERP credit notes, per-order checks (backorder noted, last reconciled).
    R"SQL(
CREATE TABLE order_deliveries (
  delivery TEXT PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES orders(id),
  sales_order TEXT NOT NULL,
  tracking TEXT,
  carrier TEXT,
  lines TEXT,
  state TEXT NOT NULL,
  complete INTEGER,
  seen_at INTEGER NOT NULL,
  applied_at INTEGER
);
CREATE INDEX order_deliveries_order ON order_deliveries(order_id, state);
CREATE TABLE order_refunds (
  order_id INTEGER NOT NULL REFERENCES orders(id),
  refund_id INTEGER NOT NULL,
  reference TEXT NOT NULL,
  amount TEXT NOT NULL,
  state TEXT NOT NULL,
  credit_note TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY(order_id, refund_id)
);
CREATE TABLE order_checks (
  order_id INTEGER PRIMARY KEY REFERENCES orders(id),
  backorder_noted_at INTEGER,
  reconciled_at INTEGER
);
)SQL",
    // 5: the exception workbench: assignment, snooze, notes, saved filters, edited payloads.
    R"SQL(
ALTER TABLE exceptions ADD COLUMN assignee TEXT;
ALTER TABLE exceptions ADD COLUMN snoozed_until INTEGER;
CREATE INDEX exceptions_group ON exceptions(state, category, group_key);
CREATE TABLE exception_notes (
  id INTEGER PRIMARY KEY,
  exception_id INTEGER NOT NULL REFERENCES exceptions(id),
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX exception_notes_exception ON exception_notes(exception_id);
CREATE TABLE saved_filters (
  name TEXT PRIMARY KEY,
  filter TEXT NOT NULL,
  actor TEXT,
  updated_at INTEGER NOT NULL
);
CREATE TABLE payload_edits (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES orders(id),
  base_hash TEXT NOT NULL,
  payload TEXT NOT NULL,
  actor TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX payload_edits_order ON payload_edits(order_id, id);
)SQL",
    // 6: mapping versions (every change a new row; the engine uses the highest) and the audit
    // log view's time filter.
    R"SQL(
CREATE TABLE IF NOT EXISTS mapping_versions (
  version INTEGER PRIMARY KEY,
  created_at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  note TEXT,
  json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_at ON audit(at);
)SQL",
    // 7: the stock flow: what Backroom last read and wrote per store item, when each store's
    // stock was last read and written, and stock exceptions (no order: store and SKU instead).
    R"SQL(
CREATE TABLE stock (
  store TEXT NOT NULL,
  sku TEXT NOT NULL,
  item_code TEXT,
  woo_id INTEGER NOT NULL,
  parent_id INTEGER NOT NULL DEFAULT 0,
  manage_stock INTEGER NOT NULL DEFAULT 1,
  erp_value REAL,
  target INTEGER,
  store_value INTEGER,
  written_value INTEGER,
  written_at INTEGER,
  read_at INTEGER,
  drift_value INTEGER,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY(store, sku)
);
CREATE TABLE stock_sweeps (
  store TEXT PRIMARY KEY,
  read_at INTEGER,
  written_at INTEGER,
  items INTEGER NOT NULL DEFAULT 0,
  writes INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  updated_at INTEGER NOT NULL
);
ALTER TABLE exceptions ADD COLUMN store TEXT;
ALTER TABLE exceptions ADD COLUMN sku TEXT;
CREATE INDEX exceptions_stock ON exceptions(kind, store, sku);
)SQL",
    // 8: the console's reads at 1,000,000 orders: the orders view filtered by store, newest
    // first (was a sort of the store's every order); the lag view's posted-not-fulfilled count
    // and oldest posted order (were a row lookup per open order).
    R"SQL(
CREATE INDEX IF NOT EXISTS orders_store_received ON orders(store, received_at);
CREATE INDEX IF NOT EXISTS orders_stage_posted ON orders(stage, posted_at);
)SQL",
};

} // namespace

Status Journal::open(const QString &path, SqliteDb::Mode mode)
{
    if (Status s = m_db.open(path, mode); !s)
        return s;
    if (mode == SqliteDb::Mode::ReadOnly) {
        if (schemaVersion() < 1) {
            m_db.close();
            SyncError e;
            e.category = ErrorCategory::Validation;
            e.code = QStringLiteral("journal");
            e.message = QStringLiteral("%1 is not a Backroom journal (or it was never written)").arg(path);
            e.hint = QStringLiteral("Pass the --data-dir of a running or past engine.");
            return e;
        }
        return okStatus();
    }
    if (Status s = m_db.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"); !s)
        return s;
    return migrate();
}

int Journal::schemaVersion()
{
    SqliteStatement &st = m_db.prepare("PRAGMA user_version");
    int v = st.step() ? int(st.int64(0)) : 0;
    st.reset();
    return v;
}

Status Journal::migrate()
{
    const int have = schemaVersion();
    constexpr int want = int(std::size(kMigrations));
    static_assert(want == kSchemaVersion);
    if (have > want) {
        SyncError e;
        e.category = ErrorCategory::Validation;
        e.code = QStringLiteral("journal_too_new");
        e.message = QStringLiteral("the journal has schema version %1, this Backroom knows up to %2").arg(have).arg(want);
        e.hint = QStringLiteral("Use the newer Backroom that wrote this data directory.");
        return e;
    }
    for (int v = have; v < want; ++v) {
        if (Status s = begin(); !s)
            return s;
        if (Status s = m_db.exec(kMigrations[v]); !s) {
            rollback();
            return s;
        }
        const QByteArray pragma = "PRAGMA user_version=" + QByteArray::number(v + 1);
        if (Status s = m_db.exec(pragma.constData()); !s) {
            rollback();
            return s;
        }
        if (Status s = commit(); !s)
            return s;
    }
    return okStatus();
}

Status Journal::begin() { return m_db.exec("BEGIN IMMEDIATE"); }
Status Journal::commit()
{
    Status s = m_db.exec("COMMIT");
    if (s)
        ++m_commits;
    return s;
}
void Journal::rollback() { (void)m_db.exec("ROLLBACK"); }

} // namespace backroom
