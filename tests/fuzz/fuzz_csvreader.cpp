// The CSV reader: no crash on any bytes, and every file it reads without error writes back
// (CsvWriter) to a file it reads to the same records.

#include "io/csvreader.h"
#include "io/csvwriter.h"

#include <QBuffer>

#include <cstdlib>

using namespace ipam;

namespace {

QList<QList<QString>> readAll(const QByteArray &bytes, QString *error)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QList<QString>> records;
    CsvRecord record;
    while (reader.next(record))
        records.append(record.fields);
    *error = reader.error();
    return records;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        // With a header, as the importer reads.
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        if (reader.readHeader()) {
            CsvRecord record;
            while (reader.next(record)) {
                if (record.fields.size() != reader.header().size())
                    std::abort();
            }
        }
    }
    QString error;
    const QList<QList<QString>> records = readAll(bytes, &error);
    if (!error.isEmpty())
        return 0;
    QByteArray written;
    {
        QBuffer out(&written);
        out.open(QIODevice::WriteOnly);
        CsvWriter writer(&out);
        for (const QList<QString> &record : records)
            writer.writeRecord(record);
    }
    QString again;
    if (readAll(written, &again) != records || !again.isEmpty())
        std::abort();
    return 0;
}
