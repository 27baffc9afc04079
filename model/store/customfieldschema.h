#pragma once

#include <QStringList>

namespace ipam {

// The schema of custom fields and range groups (in the dialect of migrations.cpp):
//  - custom_field: the definitions (domain/customfield.h), IPAM's built-in ones seeded;
//    allowed_values holds a list field's values separated by '\n';
//  - custom_field_value: one row per object and field that has a value, keyed (kind,
//    object_id, field_id) so that one object's values are one range read and a column of the
//    result pane (field_id, kind) is one index scan. Objects without values cost nothing: a
//    million subnets with two fields in use hold rows only where an admin set something. No
//    foreign key to the objects (four tables): the write path removes an object's values with
//    the object;
//  - custom_field_association: "where field = value, other field offers other_values";
//  - range_group: IP Address Range Groups, the levels (field or property names, '\n'
//    separated) the tree groups a group's ranges by, and the criteria that select them.
// On PostgreSQL custom_field, custom_field_association and range_group are checked inside the
// database (Edit custom fields in Global); a value row needs the edit operation of its object
// in the object's scope.
QStringList customFieldSchema();

} // namespace ipam
