#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringView>

namespace ipam {

// Compact JSON text written straight from values: byte for byte what
// QJsonDocument::toJson(Compact) writes for the same QJsonObject, provided the caller gives
// each object's keys in the order QJsonObject keeps them (ascending). Why: a VMM pull writes a
// baseline per object (100,000 of them), and building a QJsonObject only to serialise it cost
// more than writing the object itself; equal text also makes "does IPAM's object equal what
// VMM sent" a byte comparison.
class JsonText
{
public:
    JsonText &beginObject() { return open('{'); }
    JsonText &endObject() { return close('}'); }
    JsonText &beginArray() { return open('['); }
    JsonText &endArray() { return close(']'); }
    JsonText &key(QLatin1StringView name); // plain ASCII names: no escaping
    JsonText &value(QStringView text);
    JsonText &value(bool b);
    JsonText &value(qint64 number);
    JsonText &value(int number) { return value(qint64(number)); }
    QByteArray take() { return std::move(m_text); }

private:
    JsonText &open(char bracket);
    JsonText &close(char bracket);
    void separate()
    {
        if (m_needComma)
            m_text += ',';
    }
    QByteArray m_text;
    bool m_needComma = false;
};

} // namespace ipam
