#include "vmmtrust.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSslCertificate>

namespace ipam::vmmtrust {

QString normalizedPin(const QString &text)
{
    QString hex = text.trimmed().toLower();
    hex.remove(QLatin1Char(':')).remove(QLatin1Char(' '));
    return hex;
}

QString checkPin(const QString &text)
{
    const QByteArray hex = normalizedPin(text).toLatin1();
    if (hex.size() != 64 || QByteArray::fromHex(hex).toHex() != hex)
        return QCoreApplication::translate("ipam::VmmSync",
                                           "\"%1\" is not a SHA-256 in hex (64 digits)")
                .arg(text);
    return {};
}

QString checkCaFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return QCoreApplication::translate("ipam::VmmSync", "the CA file %1 does not exist")
                .arg(path);
    if (!info.isFile() || !info.isReadable())
        return QCoreApplication::translate("ipam::VmmSync", "cannot read the CA file %1").arg(path);
    if (QSslCertificate::fromPath(path, QSsl::Pem).isEmpty())
        return QCoreApplication::translate("ipam::VmmSync", "no PEM certificate in the CA file %1")
                .arg(path);
    return {};
}

} // namespace ipam::vmmtrust
