// How an assignment moves a subnet's logical network and site (domain/subnetplacement.h), the
// one function that drag-assign, the subnet dialog, ipamctl, the CSV import and the VMM pull
// share. Cases as strings: "lnet/site" before, the move, "lnet/site" after ("-" for none).
#include "domain/subnetplacement.h"

#include <QTest>

using namespace ipam;

namespace {

// Logical networks 1 and 2; sites 11, 12 of network 1 and 21 of network 2.
ObjectId networkOfSite(ObjectId site)
{
    return site == 0 ? 0 : site / 10;
}

QString placementText(const Subnet &subnet)
{
    auto text = [](ObjectId id) { return id ? QString::number(id) : QStringLiteral("-"); };
    return text(subnet.logicalNetworkId) + QLatin1Char('/') + text(subnet.siteId);
}

Subnet subnetAt(const QString &placement)
{
    const QStringList parts = placement.split(QLatin1Char('/'));
    Subnet subnet;
    subnet.logicalNetworkId = parts.at(0) == u"-" ? 0 : parts.at(0).toLongLong();
    subnet.siteId = parts.at(1) == u"-" ? 0 : parts.at(1).toLongLong();
    return subnet;
}

} // namespace

class TestSubnetPlacement : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void moves_data();
    void moves();
};

void TestSubnetPlacement::moves_data()
{
    // move: "lnet N" (placeOnLogicalNetwork), "site N" (placeOnSite), "unassign", "off site".
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("move");
    QTest::addColumn<QString>("after");
    QTest::newRow("unassigned onto a logical network") << "-/-"
                                                       << "lnet 1"
                                                       << "1/-";
    QTest::newRow("same logical network keeps its site") << "1/11"
                                                         << "lnet 1"
                                                         << "1/11";
    QTest::newRow("another logical network drops the site") << "1/11"
                                                            << "lnet 2"
                                                            << "2/-";
    QTest::newRow("logical network 0 unassigns") << "1/11"
                                                 << "lnet 0"
                                                 << "-/-";
    QTest::newRow("a site implies its logical network") << "-/-"
                                                        << "site 21"
                                                        << "2/21";
    QTest::newRow("another site of the same network") << "1/11"
                                                      << "site 12"
                                                      << "1/12";
    QTest::newRow("a site of another network moves both") << "1/11"
                                                          << "site 21"
                                                          << "2/21";
    QTest::newRow("unassign") << "2/21"
                              << "unassign"
                              << "-/-";
    QTest::newRow("off its site, still on its network") << "1/12"
                                                        << "off site"
                                                        << "1/-";
}

void TestSubnetPlacement::moves()
{
    QFETCH(QString, before);
    QFETCH(QString, move);
    QFETCH(QString, after);
    Subnet subnet = subnetAt(before);
    const QStringList words = move.split(QLatin1Char(' '));
    if (words.at(0) == u"lnet") {
        placeOnLogicalNetwork(subnet, words.at(1).toLongLong(), networkOfSite(subnet.siteId));
    } else if (words.at(0) == u"site") {
        const ObjectId site = words.at(1).toLongLong();
        NetworkSite networkSite;
        networkSite.id = site;
        networkSite.logicalNetworkId = networkOfSite(site);
        placeOnSite(subnet, networkSite);
    } else if (words.at(0) == u"unassign") {
        unassignSubnet(subnet);
    } else {
        removeFromSite(subnet);
    }
    QCOMPARE(placementText(subnet), after);
}

QTEST_GUILESS_MAIN(TestSubnetPlacement)
#include "tst_subnetplacement.moc"
