#include "objectlocator.h"

#include "mainwindow.h"

#include "items/consolemodels.h"
#include "items/consoletreemodel.h"
#include "items/networkdirectory.h"
#include "items/subnetmodel.h"

#include <QTableView>

namespace ipam {

ObjectLocator::ObjectLocator(MainWindow &window, ConsoleModels &models)
    : m_window(window)
    , m_models(models)
{ }

bool ObjectLocator::selectSpace(ObjectId spaceId)
{
    const AddressSpace *space = m_models.directory().space(spaceId);
    if (space
        && m_window.selectNode(space->type == AddressSpaceType::Provider
                                       ? ConsoleNodeKind::ProviderSpace
                                       : ConsoleNodeKind::CustomerSpace,
                               spaceId))
        return true;
    return m_window.selectNode(ConsoleNodeKind::Root);
}

bool ObjectLocator::selectPlacementOf(ObjectId subnetId, ObjectId spaceId)
{
    const SubnetTable &table = m_models.subnets().table();
    if (const std::optional<SubnetTable::Row> row = table.find(subnetId)) {
        const Placement &p = table.placement(*row);
        if (p.siteId && m_window.selectNode(ConsoleNodeKind::NetworkSite, p.siteId))
            return true;
        if (p.logicalNetworkId
            && m_window.selectNode(ConsoleNodeKind::LogicalNetwork, p.logicalNetworkId))
            return true;
        if (p.vmNetworkId && m_window.selectNode(ConsoleNodeKind::VmNetwork, p.vmNetworkId))
            return true;
    }
    return selectSpace(spaceId);
}

bool ObjectLocator::reveal(const AnyObject &object)
{
    ResultPane *result = m_window.resultPane();
    ResultPane::View view = ResultPane::View::Subnets;
    Family family = Family::V4;
    ObjectId id = storedPart(object).id;
    switch (kindOf(object)) {
    case ObjectKind::AddressSpace:
        return selectSpace(id);
    case ObjectKind::LogicalNetwork:
        return m_window.selectNode(ConsoleNodeKind::LogicalNetwork, id);
    case ObjectKind::NetworkSite:
        return m_window.selectNode(ConsoleNodeKind::NetworkSite, id);
    case ObjectKind::VmNetwork:
        return m_window.selectNode(ConsoleNodeKind::VmNetwork, id);
    case ObjectKind::Block: {
        const Block &block = std::get<Block>(object);
        selectSpace(block.spaceId);
        view = ResultPane::View::Blocks;
        family = block.networkId.family();
        break;
    }
    case ObjectKind::Subnet: {
        const Subnet &subnet = std::get<Subnet>(object);
        selectPlacementOf(subnet.id, subnet.spaceId);
        family = subnet.networkId.family();
        break;
    }
    case ObjectKind::Range: {
        const Range &range = std::get<Range>(object);
        selectPlacementOf(range.subnetId, range.spaceId);
        view = ResultPane::View::Ranges;
        family = range.startAddress.family();
        break;
    }
    case ObjectKind::Address: {
        const Address &address = std::get<Address>(object);
        selectPlacementOf(address.subnetId, address.spaceId);
        view = ResultPane::View::Addresses;
        family = address.ipAddress.family();
        break;
    }
    }
    result->setFamily(family);
    result->setSearchText(QString());
    result->setCurrentView(view);
    result->selectIds({id});
    result->currentItemView()->setFocus();
    return result->currentId() == id;
}

} // namespace ipam
