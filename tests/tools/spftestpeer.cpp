// spf-test-peer: the SPF-shaped VMM test peer (tests/common/spfpeer.h) as a process, for
// benchmarks and tests that drive ipamctl. Prints its base URL as the first line of stdout,
// then serves on 127.0.0.1 until killed.

#include "spfpeer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

using ipam::test::SpfPeer;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "spf-test-peer: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("spf-test-peer"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "A System Center SPF-shaped VMM OData service on 127.0.0.1 for tests. Prints the "
            "base URL on the first line of stdout and serves until killed."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("TCP port (default: any free)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption generate(
            QStringLiteral("generate"),
            QStringLiteral("Seed N generated objects (a consistent fabric)."), QStringLiteral("N"));
    const QCommandLineOption seed(
            QStringLiteral("seed"),
            QStringLiteral("Load entities from a JSON seed file "
                           "{\"StampId\":..., \"LogicalNetworks\":[...], ...}."),
            QStringLiteral("FILE"));
    const QCommandLineOption writeSeed(
            QStringLiteral("write-seed"),
            QStringLiteral("Write the loaded/generated entities as a seed file."),
            QStringLiteral("FILE"));
    const QCommandLineOption stamp(QStringLiteral("stamp"), QStringLiteral("The StampId GUID."),
                                   QStringLiteral("GUID"));
    const QCommandLineOption pageSize(
            QStringLiteral("page-size"),
            QStringLiteral("Entities per page, 0 = no paging (default 0)."), QStringLiteral("N"),
            QStringLiteral("0"));
    const QCommandLineOption shape(QStringLiteral("shape"),
                                   QStringLiteral("JSON answer shape: light (default) or verbose."),
                                   QStringLiteral("light|verbose"), QStringLiteral("light"));
    const QCommandLineOption bearer(QStringLiteral("bearer"),
                                    QStringLiteral("Require this bearer token."),
                                    QStringLiteral("TOKEN"));
    const QCommandLineOption basic(QStringLiteral("basic"),
                                   QStringLiteral("Require HTTP Basic with these credentials."),
                                   QStringLiteral("USER:PASSWORD"));
    const QCommandLineOption ntlm(
            QStringLiteral("ntlm"),
            QStringLiteral("Require Windows authentication (NTLM; Negotiate offered as IIS does) "
                           "for this account."),
            QStringLiteral("DOMAIN\\USER:PASSWORD"));
    const QCommandLineOption refuse(
            QStringLiteral("refuse-writes"),
            QStringLiteral("Answer writes on SET with STATUS (default 405); repeatable."),
            QStringLiteral("SET[=STATUS]"));
    const QCommandLineOption verbose(
            QStringLiteral("log"), QStringLiteral("Print each request and its status on stderr."));
    const QCommandLineOption siteSet(
            QStringLiteral("site-set"),
            QStringLiteral("Also serve LogicalNetworkDefinitions (IPAM's extension; SPF has no "
                           "such set)."));
    parser.addOptions({port, generate, seed, writeSeed, stamp, pageSize, shape, bearer, basic, ntlm,
                       refuse, verbose, siteSet});
    parser.process(app);

    SpfPeer peer;
    peer.setSiteSet(parser.isSet(siteSet));
    if (parser.isSet(stamp)) {
        const QUuid id = QUuid::fromString(parser.value(stamp));
        if (id.isNull())
            return fail(QStringLiteral("--stamp %1 is not a GUID").arg(parser.value(stamp)));
        peer.setStampId(id);
    }
    if (parser.isSet(seed)) {
        if (const QString error = peer.loadSeedFile(parser.value(seed)); !error.isEmpty())
            return fail(error);
    }
    if (parser.isSet(generate)) {
        bool ok = false;
        const int count = parser.value(generate).toInt(&ok);
        if (!ok || count < 0)
            return fail(
                    QStringLiteral("--generate takes a count, not %1").arg(parser.value(generate)));
        peer.generate(count);
    }
    if (parser.isSet(writeSeed)) {
        QFile file(parser.value(writeSeed));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(QJsonDocument(peer.seed()).toJson(QJsonDocument::Indented)) < 0) {
            return fail(
                    QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        }
    }
    bool ok = false;
    const int perPage = parser.value(pageSize).toInt(&ok);
    if (!ok || perPage < 0)
        return fail(
                QStringLiteral("--page-size takes a count, not %1").arg(parser.value(pageSize)));
    peer.setPageSize(perPage);
    if (parser.value(shape) == QLatin1String("verbose"))
        peer.setShape(SpfPeer::Shape::Verbose);
    else if (parser.value(shape) != QLatin1String("light"))
        return fail(QStringLiteral("--shape is light or verbose, not %1").arg(parser.value(shape)));
    if (parser.isSet(bearer))
        peer.setRequiredBearerToken(parser.value(bearer));
    if (parser.isSet(basic)) {
        const QString credentials = parser.value(basic);
        const qsizetype colon = credentials.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return fail(QStringLiteral("--basic takes USER:PASSWORD"));
        peer.setRequiredBasic(credentials.left(colon), credentials.mid(colon + 1));
    }
    if (parser.isSet(ntlm)) {
        const QString account = parser.value(ntlm);
        const qsizetype slash = account.indexOf(QLatin1Char('\\'));
        const qsizetype colon = account.indexOf(QLatin1Char(':'));
        if (slash <= 0 || colon <= slash + 1)
            return fail(QStringLiteral("--ntlm takes DOMAIN\\USER:PASSWORD"));
        peer.setRequiredWindows(account.left(slash), account.mid(slash + 1, colon - slash - 1),
                                account.mid(colon + 1));
    }
    for (const QString &value : parser.values(refuse)) {
        const QStringList parts = value.split(QLatin1Char('='));
        const int status = parts.size() > 1 ? parts[1].toInt() : 405;
        if (!ipam::test::SpfEntityStore::isSetName(parts[0]) || status < 400 || status > 599)
            return fail(QStringLiteral("--refuse-writes %1: unknown set or status").arg(value));
        peer.refuseWrites(parts[0], status);
    }
    if (parser.isSet(verbose)) {
        QObject::connect(&peer, &SpfPeer::requestHandled,
                         [](const QString &method, const QString &path, int status) {
                             std::fprintf(stderr, "%d %s %s\n", status, qPrintable(method),
                                          qPrintable(path));
                         });
    }

    if (!peer.listen(quint16(parser.value(port).toUInt())))
        return fail(QStringLiteral("cannot listen on 127.0.0.1 port %1").arg(parser.value(port)));
    std::printf("%s\n", qPrintable(peer.baseUrl().toString()));
    std::fflush(stdout);
    std::fprintf(stderr,
                 "spf-test-peer: stamp %s; %d logical networks, %d definitions, %d pools, "
                 "%d VM networks, %d VM subnets\n",
                 qPrintable(ipam::test::SpfEntityStore::guidText(peer.stampId())),
                 peer.count(QStringLiteral("LogicalNetworks")),
                 peer.count(QStringLiteral("LogicalNetworkDefinitions")),
                 peer.count(QStringLiteral("StaticIPAddressPools")),
                 peer.count(QStringLiteral("VMNetworks")), peer.count(QStringLiteral("VMSubnets")));
    return app.exec();
}
