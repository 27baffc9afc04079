#pragma once

#include "items/resultfilter.h"

class QAbstractItemModel;

namespace ipam {

class AddressObjectModel;

// What the result pane asks of the proxy in front of each of its four views, whatever the
// proxy is built on: take a filter, and say which model it shows.
class ResultProxy
{
public:
    virtual ~ResultProxy() = default;
    virtual void setFilter(const ResultFilter &filter) = 0;
    virtual const ResultFilter &filter() const = 0;
    virtual AddressObjectModel *resultSource() const = 0;
};

} // namespace ipam
