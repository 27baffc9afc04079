// Parsing valid text allocates nothing: CSV imports parse hundreds of thousands of cells per
// second, so IpAddress::parse and Prefix::parse must not touch the heap on success.
//
// Allocations are counted by interposing glibc's malloc family in this executable (Qt and
// libstdc++ allocate through them); counting is switched on only around the code measured.

#include "addresstestsupport.h"

#include <QTest>

#include <atomic>
#include <cstdlib>

#if defined(__GLIBC__)
extern "C" {
void *__libc_malloc(size_t size);
void *__libc_calloc(size_t count, size_t size);
void *__libc_realloc(void *pointer, size_t size);
}

namespace {
std::atomic<bool> counting{false};
std::atomic<long> allocations{0};

void countAllocation()
{
    if (counting.load(std::memory_order_relaxed))
        allocations.fetch_add(1, std::memory_order_relaxed);
}
} // namespace

extern "C" void *malloc(size_t size) noexcept
{
    countAllocation();
    return __libc_malloc(size);
}

extern "C" void *calloc(size_t count, size_t size) noexcept
{
    countAllocation();
    return __libc_calloc(count, size);
}

extern "C" void *realloc(void *pointer, size_t size) noexcept
{
    countAllocation();
    return __libc_realloc(pointer, size);
}

namespace {
// Heap allocations made while running work.
template<typename Work>
long allocationsDuring(Work &&work)
{
    allocations = 0;
    counting = true;
    work();
    counting = false;
    return allocations;
}
} // namespace
#endif

using namespace ipam;

class TestAddressAllocations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsingValidTextAllocatesNothing();
};

void TestAddressAllocations::initTestCase()
{
#if !defined(__GLIBC__)
    QSKIP("counting allocations needs glibc's malloc interposition");
#else
    // The counter must see an allocation we know happens, or a zero proves nothing.
    QString grown;
    QVERIFY(allocationsDuring([&] { grown = QString::number(1234567890); }) > 0);
#endif
}

void TestAddressAllocations::parsingValidTextAllocatesNothing()
{
#if defined(__GLIBC__)
    const QStringList prefixes
            = {"10.0.0.0/8",    "192.168.1.0/24",     "0.0.0.0/0", "::/0",
               "2001:db8::/32", "::ffff:1.2.3.0/120", "fe80::/64", "2001:DB8:0:0:0:0:0:1/128"};
    const QStringList addresses = {"10.0.0.1", "255.255.255.255",         "::",
                                   "::1",      "2001:db8::8a2e:370:7334", "::ffff:1.2.3.4"};
    long checksum = 0;
    const long made = allocationsDuring([&] {
        for (int round = 0; round < 1000; ++round) {
            for (const QString &text : prefixes) {
                const Parsed<Prefix> parsed = Prefix::parse(text);
                checksum += parsed.ok() ? parsed.value().length() : -1000000;
            }
            for (const QString &text : addresses) {
                const Parsed<IpAddress> parsed = IpAddress::parse(text);
                checksum += parsed.ok() ? int(parsed.value().family()) : -1000000;
            }
        }
    });
    QCOMPARE(made, 0L);
    QVERIFY(checksum > 0); // every text parsed
#endif
}

QTEST_GUILESS_MAIN(TestAddressAllocations)
#include "tst_addressallocations.moc"
