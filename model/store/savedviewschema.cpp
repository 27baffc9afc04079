#include "savedviewschema.h"

namespace ipam {

QStringList savedViewSchema()
{
    return {
            QStringLiteral("CREATE TABLE IF NOT EXISTS saved_view ("
                           " id %ID%,"
                           " name TEXT NOT NULL,"
                           " owner TEXT NOT NULL DEFAULT '',"
                           " definition TEXT NOT NULL,"
                           " modified_ms BIGINT NOT NULL DEFAULT 0,"
                           " UNIQUE (owner, name))"),
            QStringLiteral(
                    "postgresql:GRANT SELECT, INSERT, UPDATE, DELETE ON saved_view TO PUBLIC"),
            QStringLiteral("postgresql:ALTER TABLE saved_view ENABLE ROW LEVEL SECURITY"),
            QStringLiteral("postgresql:DROP POLICY IF EXISTS saved_view_own ON saved_view"),
            QStringLiteral(
                    "postgresql:CREATE POLICY saved_view_own ON saved_view USING (owner = '' "
                    "OR owner = current_user) WITH CHECK (owner = '' OR owner = "
                    "current_user)"),
    };
}

} // namespace ipam
