#include "gateway.h"

#include <QObject>

namespace ipam {

Parsed<Gateway> Gateway::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const qsizetype slash = trimmed.indexOf(u'/');
    const QStringView addressText = slash < 0 ? trimmed : trimmed.left(slash);
    const Parsed<IpAddress> address = IpAddress::parse(addressText);
    if (!address)
        return Parsed<Gateway>::failure(
                QObject::tr("gateway \"%1\": %2").arg(trimmed.toString(), address.error()));
    Gateway gateway{address.value(), 0};
    if (slash < 0)
        return gateway;
    const QStringView metric = trimmed.mid(slash + 1).trimmed();
    if (metric.compare(u"Automatic", Qt::CaseInsensitive) == 0)
        return gateway;
    bool ok = false;
    const int value = metric.toInt(&ok);
    if (!ok || value < 1 || value > 9999)
        return Parsed<Gateway>::failure(
                QObject::tr("gateway \"%1\": the metric after / must be Automatic or a number "
                            "from 1 to 9999")
                        .arg(trimmed.toString()));
    gateway.metric = value;
    return gateway;
}

QString Gateway::toString() const
{
    return address.toString() + QLatin1Char('/')
            + (metric == 0 ? QStringLiteral("Automatic") : QString::number(metric));
}

Parsed<QList<QString>> normalizedGateways(const QList<QString> &texts)
{
    QList<QString> result;
    result.reserve(texts.size());
    for (const QString &text : texts) {
        const Parsed<Gateway> gateway = Gateway::parse(text);
        if (!gateway)
            return Parsed<QList<QString>>::failure(gateway.error());
        result.append(gateway.value().toString());
    }
    return result;
}

QList<IpAddress> gatewayAddresses(const QList<QString> &texts)
{
    QList<IpAddress> addresses;
    for (const QString &text : texts) {
        if (const Parsed<Gateway> gateway = Gateway::parse(text))
            addresses.append(gateway.value().address);
    }
    return addresses;
}

} // namespace ipam
