// An audit row's stored text read back for display (audittext::translated): the log is
// outside input (any writer with INSERT on it, an old row). No crash or undefined behaviour;
// without a translator the text comes back exactly as stored, whether it matches a template
// or not (the matched arguments, put back into the English template, rebuild it).

#include "domain/audittext.h"

#include <QString>

#include <cstdlib>

using namespace ipam;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (audittext::translated(input) != input)
        std::abort();
    return 0;
}
