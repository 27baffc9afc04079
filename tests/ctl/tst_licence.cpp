#include "testpaths.h"
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

// The package states its licence in three places, for three readers: the Debian copyright
// file (dpkg, lintian, an admin in /usr/share/doc), the AppStream metainfo (software
// centres) and README. The licence is the copyright holders' choice; these checks only keep
// the three saying the same thing.
class TestLicence : public QObject
{
    Q_OBJECT

private slots:
    void copyrightMetainfoAndReadmeAgree();

private:
    static QString read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
};

void TestLicence::copyrightMetainfoAndReadmeAgree()
{
    // debian/copyright (machine-readable format): the licence of "Files: *".
    const QString copyright
            = read(QStringLiteral(IPAM_SOURCE_DIR "/resources/packaging/copyright"));
    QVERIFY(copyright.startsWith(QStringLiteral(
            "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n")));
    const QRegularExpressionMatch files
            = QRegularExpression(QStringLiteral("^Files: \\*\\n(?:[A-Z].*\\n)*?License: (\\S+)\\n"),
                                 QRegularExpression::MultilineOption)
                      .match(copyright);
    QVERIFY2(files.hasMatch(), qPrintable(copyright));
    const QString licence = files.captured(1);
    // A short name that is not a known one needs its own License paragraph with the text.
    const QRegularExpressionMatch text
            = QRegularExpression(QStringLiteral("^License: %1\\n((?: .*\\n)+)")
                                         .arg(QRegularExpression::escape(licence)),
                                 QRegularExpression::MultilineOption)
                      .match(copyright);
    QVERIFY2(text.hasMatch(), qPrintable(licence));
    QVERIFY(text.captured(1).contains(QStringLiteral("all rights reserved")));

    // AppStream: project_license, an SPDX expression (LicenseRef-* for one of its own).
    QFile metainfo(QStringLiteral(
            IPAM_SOURCE_DIR "/resources/packaging/io.github.ipamconsole.IpamConsole.metainfo.xml"));
    QVERIFY(metainfo.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&metainfo);
    QString projectLicence;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("project_license"))
            projectLicence = xml.readElementText();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(projectLicence, licence);

    // README: a Licence section that names it and says what it means.
    const QString readme = read(QStringLiteral(IPAM_SOURCE_DIR "/README.md"));
    const qsizetype section = readme.indexOf(QStringLiteral("\n## Licence\n"));
    QVERIFY2(section >= 0, "README.md has no \"## Licence\" section");
    const QString body = readme.mid(section + 1).section(QStringLiteral("\n## "), 0, 0);
    QVERIFY2(body.contains(licence), qPrintable(body));
    QVERIFY2(body.contains(QStringLiteral("all rights reserved")), qPrintable(body));
}

QTEST_GUILESS_MAIN(TestLicence)
#include "tst_licence.moc"
