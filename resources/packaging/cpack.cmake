# The Debian package (scripts/package.sh runs it): `cpack -G DEB` in the build folder.
set(CPACK_PACKAGE_NAME ipam-console)
set(CPACK_PACKAGE_VENDOR "IPAM Console")
set(CPACK_PACKAGE_CONTACT "IPAM Console maintainers <ipam-console@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "IP address management console and command line")
set(CPACK_PACKAGE_DESCRIPTION
    "IPAM Console manages physical and virtualized IP address space: IP\n"
    "address blocks, subnets, ranges and addresses, VMM logical networks,\n"
    "network sites and VM networks, with role-based access control, an audit\n"
    "log and a two-way synchronization with VMM. It stores its data in SQLite\n"
    "or a shared PostgreSQL database.\n"
    "\n"
    "This package holds the desktop console ipam-console and the command line\n"
    "ipamctl.")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Not DFSG-free (all rights reserved, see packaging/copyright): Debian files such packages
# under non-free.
set(CPACK_DEBIAN_PACKAGE_SECTION non-free/net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/ipam-console/ipam-console")
# Libraries are found by dpkg-shlibdeps; the Qt SQL drivers and the SVG icon plugins (libqt6svg6) are
# plugins, loaded at run time, so no tool sees them: without the drivers the programs start
# and then fail with "driver not loaded".
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, libqt6svg6, libqt6keychain1")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion, postgresql-client, gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
