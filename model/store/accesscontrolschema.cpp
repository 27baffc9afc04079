#include "accesscontrolschema.h"

#include "domain/userrole.h"

namespace ipam {

namespace {

QString sqlText(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// One address-space table and where its inherited scope comes from.
struct ScopedTable
{
    const char *table;
    const char *parentScope;   // SQL over NEW: the scope the row inherits
    const char *parentColumns; // the columns whose change re-parents the row ("" for none)
};

const ScopedTable scopedTables[] = {
        {"address_space", "1", ""},
        {"logical_network", "(SELECT access_scope_id FROM address_space WHERE id = NEW.space_id)",
         "space_id"},
        {"network_site",
         "(SELECT access_scope_id FROM logical_network WHERE id = NEW.logical_network_id)",
         "logical_network_id"},
        {"vm_network", "(SELECT access_scope_id FROM address_space WHERE id = NEW.space_id)",
         "space_id"},
        {"ip_block", "(SELECT access_scope_id FROM address_space WHERE id = NEW.space_id)",
         "space_id"},
        {"ip_subnet", "(SELECT access_scope_id FROM address_space WHERE id = NEW.space_id)",
         "space_id"},
        {"ip_range", "(SELECT access_scope_id FROM ip_subnet WHERE id = NEW.subnet_id)",
         "subnet_id"},
        {"ip_address",
         "COALESCE((SELECT access_scope_id FROM ip_subnet WHERE id = NEW.subnet_id), "
         "(SELECT access_scope_id FROM address_space WHERE id = NEW.space_id))",
         "space_id, subnet_id"},
};

// Who inherits from a parent table: child rows matched by `match` (over NEW of the parent).
struct Inheritance
{
    const char *parent;
    const char *child;
    const char *match;
};

const Inheritance inheritances[] = {
        {"address_space", "logical_network", "space_id = NEW.id"},
        {"address_space", "vm_network", "space_id = NEW.id"},
        {"address_space", "ip_block", "space_id = NEW.id"},
        {"address_space", "ip_subnet", "space_id = NEW.id"},
        {"address_space", "ip_address", "space_id = NEW.id AND subnet_id IS NULL"},
        {"logical_network", "network_site", "logical_network_id = NEW.id"},
        {"ip_subnet", "ip_range", "subnet_id = NEW.id"},
        {"ip_subnet", "ip_address", "subnet_id = NEW.id"},
};

QString cascadeUpdate(const Inheritance &i)
{
    return QStringLiteral("UPDATE %1 SET access_scope_id = NEW.access_scope_id WHERE %2 AND "
                          "access_scope_inherited = 1 AND access_scope_id <> NEW.access_scope_id;")
            .arg(QLatin1StringView(i.child), QLatin1StringView(i.match));
}

QStringList scopeColumnsAndTriggers()
{
    QStringList s;
    for (const ScopedTable &t : scopedTables) {
        const QString table = QLatin1StringView(t.table);
        const QString parent
                = QStringLiteral("COALESCE(%1, 1)").arg(QLatin1StringView(t.parentScope));
        QString watched = QStringLiteral("access_scope_inherited");
        if (*t.parentColumns)
            watched.prepend(QLatin1StringView(t.parentColumns) + QStringLiteral(", "));
        s << QStringLiteral("ALTER TABLE %1 ADD COLUMN access_scope_id BIGINT NOT NULL DEFAULT 1")
                        .arg(table)
          << QStringLiteral("ALTER TABLE %1 ADD COLUMN access_scope_inherited INTEGER NOT NULL "
                            "DEFAULT 1 CHECK (access_scope_inherited = 0 OR "
                            "access_scope_inherited = 1)")
                        .arg(table)
          << QStringLiteral("postgresql:ALTER TABLE %1 ADD CONSTRAINT %1_access_scope_fk FOREIGN "
                            "KEY (access_scope_id) REFERENCES access_scope(id)")
                        .arg(table)
          // Partial: the rows of Global (nearly all, in most stores) cost the index nothing;
          // the queries that need it (re-homing a scope's objects, counting them) say <> 1.
          << QStringLiteral("CREATE INDEX %1_access_scope ON %1 (access_scope_id) WHERE "
                            "access_scope_id <> 1")
                        .arg(table);
        // A new or re-parented row that inherits takes its parent's scope.
        s << QStringLiteral("sqlite:CREATE TRIGGER %1_inherit_scope_insert AFTER INSERT ON %1 "
                            "FOR EACH ROW WHEN NEW.access_scope_inherited = 1 AND "
                            "NEW.access_scope_id IS NOT %2 BEGIN UPDATE %1 SET access_scope_id = "
                            "%2 WHERE id = NEW.id; END")
                        .arg(table, parent)
          << QStringLiteral("sqlite:CREATE TRIGGER %1_inherit_scope_update AFTER UPDATE OF %3 ON "
                            "%1 FOR EACH ROW WHEN NEW.access_scope_inherited = 1 AND "
                            "NEW.access_scope_id IS NOT %2 BEGIN UPDATE %1 SET access_scope_id = "
                            "%2 WHERE id = NEW.id; END")
                        .arg(table, parent, watched)
          << QStringLiteral("postgresql:CREATE FUNCTION %1_inherit_scope() RETURNS trigger "
                            "LANGUAGE plpgsql AS $$ BEGIN IF NEW.access_scope_inherited = 1 THEN "
                            "NEW.access_scope_id := %2; END IF; RETURN NEW; END $$")
                        .arg(table, parent)
          << QStringLiteral("postgresql:CREATE TRIGGER %1_inherit_scope BEFORE INSERT OR UPDATE OF "
                            "%2 ON %1 FOR EACH ROW EXECUTE FUNCTION %1_inherit_scope()")
                        .arg(table, watched);
    }
    // A row's new scope flows down to the rows that inherit from it (and on, by their own
    // triggers).
    for (const char *parent : {"address_space", "logical_network", "ip_subnet"}) {
        QString body;
        for (const Inheritance &i : inheritances) {
            if (qstrcmp(i.parent, parent) == 0)
                body += cascadeUpdate(i) + QLatin1Char(' ');
        }
        const QString table = QLatin1StringView(parent);
        s << QStringLiteral("sqlite:CREATE TRIGGER %1_cascade_scope AFTER UPDATE OF "
                            "access_scope_id ON %1 FOR EACH ROW WHEN NEW.access_scope_id IS NOT "
                            "OLD.access_scope_id BEGIN %2END")
                        .arg(table, body)
          << QStringLiteral("postgresql:CREATE FUNCTION %1_cascade_scope() RETURNS trigger "
                            "LANGUAGE plpgsql AS $$ BEGIN %2RETURN NULL; END $$")
                        .arg(table, body)
          // Not "UPDATE OF access_scope_id": that fires only when the column is in the SET
          // list, and a BEFORE trigger (inheriting again) changes it without being there.
          << QStringLiteral("postgresql:CREATE TRIGGER %1_cascade_scope AFTER UPDATE ON %1 FOR "
                            "EACH ROW WHEN (OLD.access_scope_id IS DISTINCT FROM "
                            "NEW.access_scope_id) EXECUTE FUNCTION %1_cascade_scope()")
                        .arg(table);
    }
    // The cascade from a space to its unmapped addresses must not scan the space's millions of
    // mapped ones.
    s << QStringLiteral("CREATE INDEX ip_address_unmapped ON ip_address (space_id) WHERE "
                        "subnet_id IS NULL");
    return s;
}

} // namespace

QStringList builtInRoleStatements()
{
    QStringList s;
    for (const UserRole &role : builtInRoles()) {
        s << QStringLiteral("DELETE FROM user_role_operation WHERE role_id IN (SELECT id FROM "
                            "user_role WHERE name = %1)")
                        .arg(sqlText(role.name));
        const QList<Operation> operations = role.operations.toList();
        if (operations.isEmpty())
            continue;
        QStringList values;
        for (Operation o : operations)
            values.append(QLatin1Char('(') + sqlText(operationKey(o)) + QLatin1Char(')'));
        // VALUES' columns are called column1, ... on both SQLite and PostgreSQL.
        s << QStringLiteral("INSERT INTO user_role_operation (role_id, operation) SELECT r.id, "
                            "o.column1 FROM user_role r CROSS JOIN (VALUES %1) o WHERE r.name = %2")
                        .arg(values.join(QStringLiteral(", ")), sqlText(role.name));
    }
    return s;
}

QStringList accessControlSchema()
{
    QStringList s;
    s << QStringLiteral("CREATE TABLE access_scope ("
                        " id %ID%,"
                        " parent_id BIGINT REFERENCES access_scope(id),"
                        " name TEXT NOT NULL CHECK (name <> ''),"
                        " description TEXT NOT NULL DEFAULT '')")
      << QStringLiteral("CREATE UNIQUE INDEX access_scope_name ON access_scope (parent_id, "
                        "lower(name))")
      << QStringLiteral("INSERT INTO access_scope (name, description) VALUES ('Global', 'All "
                        "objects, unless set to a narrower scope; every other scope is part of "
                        "it')")
      << QStringLiteral("CREATE TABLE user_role ("
                        " id %ID%,"
                        " name TEXT NOT NULL CHECK (name <> ''),"
                        " description TEXT NOT NULL DEFAULT '',"
                        " built_in INTEGER NOT NULL DEFAULT 0)")
      << QStringLiteral("CREATE UNIQUE INDEX user_role_name ON user_role (lower(name))")
      << QStringLiteral("CREATE TABLE user_role_operation ("
                        " role_id BIGINT NOT NULL REFERENCES user_role(id) ON DELETE CASCADE,"
                        " operation TEXT NOT NULL,"
                        " PRIMARY KEY (role_id, operation))")
      << QStringLiteral("CREATE TABLE access_policy ("
                        " id %ID%,"
                        " user_or_group TEXT NOT NULL CHECK (user_or_group <> ''),"
                        " is_group INTEGER NOT NULL DEFAULT 0,"
                        " role_id BIGINT NOT NULL REFERENCES user_role(id),"
                        " scope_id BIGINT NOT NULL REFERENCES access_scope(id),"
                        " UNIQUE (user_or_group, is_group, role_id, scope_id))")
      << QStringLiteral("CREATE INDEX access_policy_role ON access_policy (role_id)")
      << QStringLiteral("CREATE INDEX access_policy_scope ON access_policy (scope_id)");
    for (const UserRole &role : builtInRoles()) {
        s << QStringLiteral("INSERT INTO user_role (name, description, built_in) VALUES (%1, %2, "
                            "1)")
                        .arg(sqlText(role.name), sqlText(role.description));
    }
    s << builtInRoleStatements();
    s << QStringLiteral("INSERT INTO access_policy (user_or_group, is_group, role_id, scope_id) "
                        "SELECT %CREATOR%, 0, id, 1 FROM user_role WHERE name = %1")
                    .arg(sqlText(builtinroles::administrator));
    s << scopeColumnsAndTriggers();
    return s;
}

} // namespace ipam
