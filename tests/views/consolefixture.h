#pragma once

#include "testdatabase.h"

#include "items/consolemodels.h"
#include "write/writepath.h"

#include <QList>

namespace ipam::test {

// A small virtualized fabric in a fresh SQLite store, and the console's models over it:
//   Default (provider): block 10.0.0.0/8, subnets 10.0.x.0/24 unassigned
//   Fabric (provider): logical networks Storage (sites Site A, Site B) and Backup (site Site C),
//     subnets 10.1.x.0/24 spread over them and some unassigned, IPv6 2001:db8:1:x::/64 in Storage
//   Tenant (customer of Fabric): VM network VMN-Tenant with subnets 10.1.x.0/24 (overlapping
//   Fabric's) a range and addresses in 10.1.1.0/24.
class ConsoleFixture
{
public:
    ConsoleFixture();

    bool isValid() const { return m_models != nullptr; }
    WritePath &writePath() { return *m_writePath; }
    Store &store() { return m_writePath->store(); }
    ConsoleModels &models() { return *m_models; }
    // The store's database, to open a second connection (another console) on it.
    TestDatabase &database() { return *m_database; }

    template<typename T>
    T create(T object)
    {
        ChangeSet changes;
        changes.create(object);
        const WriteResult result = m_writePath->submit(changes);
        if (!result.ok())
            qFatal("fixture: %s", qPrintable(result.message));
        return std::get<T>(result.objects.constFirst());
    }
    Subnet subnet(ObjectId space, const QString &prefix, ObjectId lnet = 0, ObjectId site = 0,
                  const QString &name = {});

    ObjectId defaultSpace = 0;
    ObjectId fabric = 0;
    ObjectId tenant = 0;
    ObjectId vmNetwork = 0;
    ObjectId storage = 0;
    ObjectId backup = 0;
    ObjectId siteA = 0;
    ObjectId siteB = 0;
    ObjectId siteC = 0;

    // Ids of the stored subnets matching a predicate, ascending.
    template<typename Predicate>
    QList<ObjectId> subnetIds(Predicate predicate)
    {
        QList<ObjectId> ids;
        for (const Subnet &s : store().select<Subnet>()) {
            if (predicate(s))
                ids.append(s.id);
        }
        return ids;
    }

private:
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<WritePath> m_writePath;
    std::unique_ptr<ConsoleModels> m_models;
};

} // namespace ipam::test
