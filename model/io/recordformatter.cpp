#include "recordformatter.h"

#include "csvwriter.h"
#include "domain/printabletext.h"

#include <QBuffer>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace ipam {

namespace {

constexpr QLatin1String ListSeparator(", ");
constexpr QLatin1String ColumnGap("  ");
constexpr QLatin1String JsonIndent("    ");

bool isStringType(int typeId)
{
    return typeId == QMetaType::QString || typeId == QMetaType::QByteArray
            || typeId == QMetaType::QChar;
}

bool isInteger(int typeId)
{
    switch (typeId) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::SChar:
    case QMetaType::UChar:
        return true;
    default:
        return false;
    }
}

bool isUnsigned(int typeId)
{
    return typeId == QMetaType::UInt || typeId == QMetaType::ULongLong || typeId == QMetaType::ULong
            || typeId == QMetaType::UShort || typeId == QMetaType::UChar;
}

bool isFloatingPoint(int typeId)
{
    return typeId == QMetaType::Double || typeId == QMetaType::Float;
}

bool isNull(const QVariant &value)
{
    return !value.isValid() || value.isNull();
}

// Lists of any element type (QVariantList, QStringList, QList<int>, ...), but not strings.
std::optional<QVariantList> asList(const QVariant &value)
{
    const int typeId = value.typeId();
    if (typeId == QMetaType::QVariantList)
        return value.toList();
    if (isStringType(typeId) || !value.canConvert<QVariantList>())
        return std::nullopt;
    return value.value<QVariantList>();
}

QString numberText(const QVariant &value)
{
    const int typeId = value.typeId();
    if (isFloatingPoint(typeId))
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    return isUnsigned(typeId) ? QString::number(value.toULongLong())
                              : QString::number(value.toLongLong());
}

// The text of a value in a table cell or a CSV field.
QString cellText(const QVariant &value)
{
    if (isNull(value))
        return QString();
    const int typeId = value.typeId();
    if (typeId == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    if (isInteger(typeId) || isFloatingPoint(typeId))
        return numberText(value);
    if (!isStringType(typeId)) {
        if (const std::optional<QVariantList> list = asList(value)) {
            QStringList parts;
            parts.reserve(list->size());
            for (const QVariant &element : *list)
                parts.append(cellText(element));
            return parts.join(ListSeparator);
        }
    }
    return value.toString();
}

bool isNumberCell(const QVariant &value, const QString &text)
{
    const int typeId = value.typeId();
    if (isInteger(typeId) || isFloatingPoint(typeId))
        return true;
    if (!isStringType(typeId))
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// JSON by hand rather than through QJsonObject: QJsonObject sorts its keys, and people read
// `ipamctl --format json` output too, so keys stay in the order of the columns. Only strings
// need care; the escaping below is the whole of RFC 8259's string grammar.
// The UTF-8 bytes of text without DEL, C1 or bidirectional controls, escaped for JSON.
void appendJsonBytes(QByteArray &out, const QByteArray &utf8)
{
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out.append("\\u00");
                out.append("0123456789abcdef"[(c >> 4) & 0xF]);
                out.append("0123456789abcdef"[c & 0xF]);
            } else {
                out.append(c);
            }
        }
    }
}

void appendJsonString(QByteArray &out, QStringView text)
{
    out.append('"');
    // DEL, the C1 controls and the bidirectional controls are escaped too: the value stays
    // exact for a JSON reader, and the output safe on a terminal.
    qsizetype run = 0; // start of the text not yet appended
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x7F || !isUnsafeCharacter(c))
            continue;
        appendJsonBytes(out, text.sliced(run, i - run).toUtf8());
        out.append("\\u" + QByteArray::number(c, 16).rightJustified(4, '0'));
        run = i + 1;
    }
    appendJsonBytes(out, text.sliced(run).toUtf8());
    out.append('"');
}

void appendJsonValue(QByteArray &out, const QVariant &value)
{
    if (isNull(value)) {
        out.append("null");
        return;
    }
    const int typeId = value.typeId();
    if (typeId == QMetaType::Bool) {
        out.append(value.toBool() ? "true" : "false");
        return;
    }
    if (isInteger(typeId)) {
        out.append(numberText(value).toLatin1());
        return;
    }
    if (isFloatingPoint(typeId)) {
        out.append(std::isfinite(value.toDouble()) ? numberText(value).toLatin1() : "null");
        return;
    }
    if (typeId == QMetaType::QByteArray) {
        appendJsonString(out, QString::fromUtf8(value.toByteArray()));
        return;
    }
    if (!isStringType(typeId)) {
        if (const std::optional<QVariantList> list = asList(value)) {
            out.append('[');
            for (qsizetype i = 0; i < list->size(); ++i) {
                if (i > 0)
                    out.append(", ");
                appendJsonValue(out, list->at(i));
            }
            out.append(']');
            return;
        }
    }
    appendJsonString(out, value.toString());
}

QByteArray recordsAsJson(const RecordTable &table)
{
    if (table.rows.isEmpty())
        return QByteArrayLiteral("[]\n");
    QByteArray out = "[\n";
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QList<QVariant> &row = table.rows.at(r);
        out.append(JsonIndent).append("{\n");
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            out.append(JsonIndent).append(JsonIndent);
            appendJsonString(out, table.columns.at(c));
            out.append(": ");
            appendJsonValue(out, row.value(c));
            out.append(c + 1 < table.columns.size() ? ",\n" : "\n");
        }
        out.append(JsonIndent).append(r + 1 < table.rows.size() ? "},\n" : "}\n");
    }
    out.append("]\n");
    return out;
}

QByteArray recordsAsTable(const RecordTable &table)
{
    const qsizetype columnCount = table.columns.size();
    if (columnCount == 0)
        return QByteArray();

    QList<QList<QString>> cells(table.rows.size());
    QList<qsizetype> widths(columnCount);
    QList<bool> rightAligned(columnCount, true);
    QList<bool> hasText(columnCount, false);
    for (qsizetype c = 0; c < columnCount; ++c)
        widths[c] = table.columns.at(c).size();

    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QList<QVariant> &row = table.rows.at(r);
        cells[r].reserve(columnCount);
        for (qsizetype c = 0; c < columnCount; ++c) {
            const QVariant value = row.value(c);
            QString text = cellText(value);
            text.replace(QLatin1String("\r\n"), QLatin1String(" "));
            text.replace(u'\n', u' ').replace(u'\r', u' ');
            // A stored ESC must not drive the terminal, a U+202E not reorder the line.
            text = printableText(text);
            if (!text.isEmpty()) {
                hasText[c] = true;
                rightAligned[c] = rightAligned[c] && isNumberCell(value, text);
            }
            widths[c] = std::max(widths[c], text.size());
            cells[r].append(text);
        }
    }
    for (qsizetype c = 0; c < columnCount; ++c)
        rightAligned[c] = rightAligned[c] && hasText[c];

    QByteArray out;
    auto appendLine = [&](const QList<QString> &texts) {
        QString line;
        for (qsizetype c = 0; c < columnCount; ++c) {
            if (c > 0)
                line.append(ColumnGap);
            line.append(rightAligned[c] ? texts.at(c).rightJustified(widths[c])
                                        : texts.at(c).leftJustified(widths[c]));
        }
        while (line.endsWith(u' '))
            line.chop(1);
        out.append(line.toUtf8()).append('\n');
    };
    appendLine(table.columns);
    QList<QString> dashes;
    for (qsizetype c = 0; c < columnCount; ++c)
        dashes.append(QString(widths[c], u'-'));
    appendLine(dashes);
    for (const QList<QString> &row : std::as_const(cells))
        appendLine(row);
    return out;
}

QByteArray recordsAsCsv(const RecordTable &table)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.writeRecord(table.columns);
    QList<QString> fields(table.columns.size());
    for (const QList<QVariant> &row : table.rows) {
        for (qsizetype c = 0; c < fields.size(); ++c)
            fields[c] = cellText(row.value(c));
        writer.writeRecord(fields);
    }
    writer.flush();
    return out;
}

} // namespace

std::optional<OutputFormat> outputFormatFromString(QStringView name)
{
    if (name.compare(u"table", Qt::CaseInsensitive) == 0)
        return OutputFormat::Table;
    if (name.compare(u"json", Qt::CaseInsensitive) == 0)
        return OutputFormat::Json;
    if (name.compare(u"csv", Qt::CaseInsensitive) == 0)
        return OutputFormat::Csv;
    return std::nullopt;
}

QByteArray formatRecords(const RecordTable &table, OutputFormat format)
{
    switch (format) {
    case OutputFormat::Table:
        return recordsAsTable(table);
    case OutputFormat::Json:
        return recordsAsJson(table);
    case OutputFormat::Csv:
        return recordsAsCsv(table);
    }
    return QByteArray();
}

QByteArray formatStringList(const QList<QString> &values, OutputFormat format)
{
    QByteArray out;
    switch (format) {
    case OutputFormat::Json:
        if (values.isEmpty())
            return QByteArrayLiteral("[]\n");
        out = "[\n";
        for (qsizetype i = 0; i < values.size(); ++i) {
            out.append(JsonIndent);
            appendJsonString(out, values.at(i));
            out.append(i + 1 < values.size() ? ",\n" : "\n");
        }
        out.append("]\n");
        break;
    case OutputFormat::Table:
        for (const QString &value : values)
            out.append(printableText(value).toUtf8()).append('\n');
        break;
    case OutputFormat::Csv: {
        QBuffer buffer(&out);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        for (const QString &value : values)
            writer.writeRecord({value});
        writer.flush();
        break;
    }
    }
    return out;
}

} // namespace ipam
