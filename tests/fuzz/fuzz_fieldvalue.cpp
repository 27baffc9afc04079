// Custom field values as admins type them (--field NAME=VALUE, a CSV cell, a dialog): the first
// byte picks the field's type, the rest is the text. Any text is read or refused with a reason;
// what is read reads back to itself from the form ipamctl and CSV files show it in, and holds
// no line break (the store separates a list's values with one).

#include "domain/customfield.h"

#include <cstdlib>

using namespace ipam;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    CustomField field;
    field.name = QStringLiteral("F");
    field.type = CustomFieldType(data[0] % 4);
    if (field.isList())
        field.allowedValues = {QStringLiteral("East"), QStringLiteral("West"),
                               QStringLiteral("Über"), QStringLiteral("a b")};
    const QString text
            = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const Parsed<QStringList> values = customfields::parseValue(field, text);
    if (!values) {
        if (values.error().isEmpty())
            std::abort();
        return 0;
    }
    for (const QString &value : values.value()) {
        if (value.isEmpty() || value.contains(QLatin1Char('\n')))
            std::abort();
    }
    if (customfields::fromStoredText(customfields::storedText(values.value())) != values.value())
        std::abort();
    const Parsed<QStringList> again
            = customfields::parseValue(field, customfields::valueText(values.value()));
    if (!again || again.value() != values.value())
        std::abort();
    // And as NAME=VALUE.
    const Parsed<FieldAssignment> assignment
            = customfields::parseAssignment(QStringLiteral("F=") + text);
    if (!assignment || assignment.value().text != text)
        std::abort();
    return 0;
}
