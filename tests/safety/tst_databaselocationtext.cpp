// The store's location as shown in status bars and messages: the parts of a hostile URL are
// shown as they are (a "%1" in a user name is text, not a placeholder) and never the password.

#include "store/databaselocation.h"

#include <QTest>

using namespace ipam;
using namespace Qt::StringLiterals;

class TestDatabaseLocationText : public QObject
{
    Q_OBJECT
private slots:
    void displayShowsPartsVerbatim_data();
    void displayShowsPartsVerbatim();
};

void TestDatabaseLocationText::displayShowsPartsVerbatim_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << u"postgresql://ipam:secret@db:5433/ipam"_s
                           << u"postgresql://ipam@db:5433/ipam"_s;
    QTest::newRow("placeholder in the user")
            << u"postgresql://a%251:pw@db:5433/d"_s << u"postgresql://a%1@db:5433/d"_s;
    QTest::newRow("placeholders in the database")
            << u"postgresql://u@db:5433/%253%254"_s << u"postgresql://u@db:5433/%3%4"_s;
}

void TestDatabaseLocationText::displayShowsPartsVerbatim()
{
    QFETCH(QString, url);
    QFETCH(QString, shown);
    const Parsed<DatabaseLocation> location = DatabaseLocation::parse(url);
    QVERIFY2(location, qPrintable(location.error()));
    QCOMPARE(location.value().displayString(), shown);
}

QTEST_GUILESS_MAIN(TestDatabaseLocationText)
#include "tst_databaselocationtext.moc"
