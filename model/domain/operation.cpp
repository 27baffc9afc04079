#include "operation.h"

namespace ipam {

Operation operationFor(ChangeOp op, ObjectKind kind)
{
    // The enum lists kinds in ObjectKind order, three operations (add, edit, delete) each,
    // with AssignSubnet squeezed in after the subnet's three.
    int base = int(kind) * 3;
    if (kind > ObjectKind::Subnet)
        base += 1;
    return Operation(base + int(op));
}

QString toString(Operation operation)
{
    static const char *const verbs[] = {"Add", "Edit", "Delete"};
    if (operation == Operation::AssignSubnet)
        return QStringLiteral("Assign subnet");
    int index = int(operation);
    if (operation > Operation::AssignSubnet)
        index -= 1;
    const auto kind = ObjectKind(index / 3);
    return QLatin1StringView(verbs[index % 3]) + QLatin1Char(' ') + displayName(kind);
}

} // namespace ipam
