#pragma once

#include "domain/entities.h"

namespace ipam {

class ConsoleModels;
class MainWindow;

// Shows one object in the console, as global search's Enter does: selects the console tree
// node that lists it (its site, logical network, VM network or address space; the node itself
// for a container), switches the result pane to its view and family, clears the search box
// (so the row is not filtered out) and selects and scrolls to its row.
class ObjectLocator
{
public:
    ObjectLocator(MainWindow &window, ConsoleModels &models);

    // False when the console does not hold the object (it went, or is out of sight).
    bool reveal(const AnyObject &object);

private:
    bool selectPlacementOf(ObjectId subnetId, ObjectId spaceId);
    bool selectSpace(ObjectId spaceId);

    MainWindow &m_window;
    ConsoleModels &m_models;
};

} // namespace ipam
