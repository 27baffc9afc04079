// The CSV importer over a real SQLite store: no crash or undefined behaviour on any file, and
// a refused file leaves the store as it was. The first byte picks subnets, ranges or
// addresses; the rest is the file.

#include "io/csvimporter.h"
#include "store/database.h"
#include "store/databaselocation.h"
#include "write/writepath.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

using namespace ipam;

namespace {

struct FuzzStore
{
    QTemporaryDir dir;
    std::shared_ptr<Database> db;
    std::unique_ptr<WritePath> writePath;
    int imports = 0;
};

FuzzStore *store = nullptr;

void openStore()
{
    store->writePath.reset();
    store->db.reset();
    const Parsed<DatabaseLocation> location = DatabaseLocation::parse(
            store->dir.filePath(QStringLiteral("fuzz-%1.sqlite").arg(store->imports)));
    Parsed<std::shared_ptr<Database>> db = Database::open(location.value());
    if (!db)
        qFatal("cannot open the store: %s", qPrintable(db.error()));
    store->db = db.value();
    store->writePath
            = std::make_unique<WritePath>(store->db, Principal{QStringLiteral("fuzz"), {}});
}

qint64 auditRows()
{
    QSqlQuery q(store->db->connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) || !q.next())
        std::abort();
    return q.value(0).toLongLong();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // QtSql loads its driver plugin through it
    store = new FuzzStore;
    openStore();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const ObjectKind kinds[] = {ObjectKind::Subnet, ObjectKind::Range, ObjectKind::Address};
    const ObjectKind kind = kinds[data[0] % 3];
    QBuffer file;
    file.setData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    file.open(QIODevice::ReadOnly);
    const qint64 before = auditRows();
    CsvImporter importer(*store->writePath);
    const ImportResult result = importer.importFrom(kind, &file, QStringLiteral("fuzz"));
    if (!result.ok() && (result.message.isEmpty() || auditRows() != before))
        std::abort(); // a refusal says why and writes nothing (not even an audit row)
    // A fresh store now and then, so imports do not only ever meet their own objects.
    if (++store->imports % 500 == 0)
        openStore();
    return 0;
}
