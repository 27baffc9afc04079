#pragma once

#include "domain/enums.h"

#include <QString>

namespace ipam {

enum class ChangeOp : quint8 { Create, Update, Remove };

// One kind of change or view that RBAC can grant. The write path asks the authorization hook
// for the operation of every change it applies (operationFor), so the catalogue is the one
// vocabulary shared by the write path, the console's enabled actions and the audit log.
enum class Operation : quint16 {
    AddAddressSpace,
    EditAddressSpace,
    DeleteAddressSpace,
    AddLogicalNetwork,
    EditLogicalNetwork,
    DeleteLogicalNetwork,
    AddNetworkSite,
    EditNetworkSite,
    DeleteNetworkSite,
    AddVmNetwork,
    EditVmNetwork,
    DeleteVmNetwork,
    AddBlock,
    EditBlock,
    DeleteBlock,
    AddSubnet,
    EditSubnet,
    DeleteSubnet,
    AssignSubnet,
    AddRange,
    EditRange,
    DeleteRange,
    AddAddress,
    EditAddress,
    DeleteAddress,
};

Operation operationFor(ChangeOp op, ObjectKind kind);
QString toString(Operation operation); // "Add subnet", "Assign subnet", ...

} // namespace ipam
