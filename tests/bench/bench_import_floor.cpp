// The floor bench_import measures the import against: a plain C program (C++ compiler, C
// library and the SQLite C API only, no Qt) that reads the same CSV file and loads its rows into
// a table of the same columns with a UNIQUE index on the object's key, in one transaction, with
// the store's pragmas (WAL, synchronous=NORMAL, 64 MB cache). It parses just enough to bind each
// field (addresses to the same 16-byte keys the store keeps) and checks nothing else: what a
// load costs on this machine before any rule, name, overlap or audit.
//
//   bench_import_floor subnet|range|address FILE.csv DB.sqlite
//
// Prints one line: "wall_ms cpu_ms peak_kb rows".

#include <sqlite3.h>

#include <arpa/inet.h>
#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

namespace {

double nowMs(clockid_t clock)
{
    timespec t{};
    clock_gettime(clock, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Splits one CSV line in place into at most `max` fields ("" inside quotes is left doubled:
// the floor does not unescape).
int splitFields(char *line, char **fields, int max)
{
    int count = 0;
    char *p = line;
    while (count < max) {
        if (*p == '"') {
            ++p;
            fields[count++] = p;
            while (*p && !(*p == '"' && p[1] != '"'))
                p += *p == '"' ? 2 : 1;
            if (*p == '"')
                *p++ = '\0';
        } else {
            fields[count++] = p;
        }
        while (*p && *p != ',' && *p != '\n' && *p != '\r')
            ++p;
        if (*p != ',') {
            *p = '\0';
            break;
        }
        *p++ = '\0';
    }
    return count;
}

// An address as 16 big-endian bytes (IPv4 in the low 4), its family in *family.
bool addressKey(const char *text, unsigned char key[16], int *family)
{
    std::memset(key, 0, 16);
    if (inet_pton(AF_INET, text, key + 12) == 1) {
        *family = 4;
        return true;
    }
    *family = 6;
    return inet_pton(AF_INET6, text, key) == 1;
}

void hostEnd(const unsigned char lo[16], int family, int length, unsigned char hi[16])
{
    std::memcpy(hi, lo, 16);
    const int bits = family == 4 ? 32 : 128;
    for (int bit = length; bit < bits; ++bit) {
        const int position = (128 - bits) + bit; // bit index from the top of the 128
        hi[position / 8] |= (unsigned char)(0x80u >> (position % 8));
    }
}

bool exec(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        std::fprintf(stderr, "%s: %s\n", sql, error ? error : "?");
        sqlite3_free(error);
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s subnet|range|address FILE.csv DB.sqlite\n", argv[0]);
        return 2;
    }
    const char *kind = argv[1];
    const double wall0 = nowMs(CLOCK_MONOTONIC);
    const double cpu0 = nowMs(CLOCK_PROCESS_CPUTIME_ID);
    FILE *in = std::fopen(argv[2], "r");
    sqlite3 *db = nullptr;
    if (!in || sqlite3_open(argv[3], &db) != SQLITE_OK)
        return 1;
    exec(db, "PRAGMA journal_mode=WAL");
    exec(db, "PRAGMA synchronous=NORMAL");
    exec(db, "PRAGMA cache_size=-65536");
    const bool subnets = std::strcmp(kind, "subnet") == 0;
    const bool ranges = std::strcmp(kind, "range") == 0;
    if (subnets) {
        exec(db,
             "CREATE TABLE t (id INTEGER PRIMARY KEY, space_id INTEGER, family INTEGER, lo "
             "BLOB, hi BLOB, prefix_length INTEGER, network_id TEXT, name TEXT, owner TEXT, "
             "description TEXT, vlan_ids TEXT)");
        exec(db, "CREATE UNIQUE INDEX t_key ON t (space_id, family, lo)");
    } else if (ranges) {
        exec(db,
             "CREATE TABLE t (id INTEGER PRIMARY KEY, space_id INTEGER, family INTEGER, lo "
             "BLOB, hi BLOB, start_address TEXT, end_address TEXT, owner TEXT, description "
             "TEXT)");
        exec(db, "CREATE UNIQUE INDEX t_key ON t (space_id, family, lo)");
    } else {
        exec(db,
             "CREATE TABLE t (id INTEGER PRIMARY KEY, space_id INTEGER, family INTEGER, ip "
             "BLOB, ip_address TEXT, device_name TEXT, mac_address TEXT, description TEXT)");
        exec(db, "CREATE UNIQUE INDEX t_key ON t (space_id, family, ip)");
    }
    const char *insert = subnets
            ? "INSERT INTO t (space_id, family, lo, hi, prefix_length, network_id, name, owner, "
              "description, vlan_ids) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            : ranges ? "INSERT INTO t (space_id, family, lo, hi, start_address, end_address, "
                       "owner, description) VALUES (1, ?, ?, ?, ?, ?, ?, ?)"
                     : "INSERT INTO t (space_id, family, ip, ip_address, device_name, "
                       "mac_address, description) VALUES (1, ?, ?, ?, ?, ?, ?)";
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, insert, -1, &statement, nullptr) != SQLITE_OK)
        return 1;
    exec(db, "BEGIN");
    static char line[65536];
    long long rows = 0;
    std::fgets(line, sizeof line, in); // header
    while (std::fgets(line, sizeof line, in)) {
        char *f[8];
        const int n = splitFields(line, f, 8);
        if (n < 4)
            continue;
        unsigned char lo[16], hi[16];
        int family = 4;
        sqlite3_reset(statement);
        if (subnets) {
            char address[64];
            const char *slash = std::strchr(f[0], '/');
            const size_t length = slash ? size_t(slash - f[0]) : std::strlen(f[0]);
            std::memcpy(address, f[0], length < 63 ? length : 63);
            address[length < 63 ? length : 63] = '\0';
            const int prefixLength = slash ? std::atoi(slash + 1) : 32;
            if (!addressKey(address, lo, &family))
                return 1;
            hostEnd(lo, family, prefixLength, hi);
            sqlite3_bind_int(statement, 1, family);
            sqlite3_bind_blob(statement, 2, lo, 16, SQLITE_STATIC);
            sqlite3_bind_blob(statement, 3, hi, 16, SQLITE_STATIC);
            sqlite3_bind_int(statement, 4, prefixLength);
            sqlite3_bind_text(statement, 5, f[0], -1, SQLITE_STATIC);
            sqlite3_bind_text(statement, 6, f[1], -1, SQLITE_STATIC);
            sqlite3_bind_text(statement, 7, f[2], -1, SQLITE_STATIC);
            sqlite3_bind_text(statement, 8, f[3], -1, SQLITE_STATIC);
            sqlite3_bind_text(statement, 9, n > 4 ? f[4] : "", -1, SQLITE_STATIC);
        } else if (ranges) {
            if (!addressKey(f[0], lo, &family) || !addressKey(f[1], hi, &family))
                return 1;
            sqlite3_bind_int(statement, 1, family);
            sqlite3_bind_blob(statement, 2, lo, 16, SQLITE_STATIC);
            sqlite3_bind_blob(statement, 3, hi, 16, SQLITE_STATIC);
            sqlite3_bind_text(statement, 4, f[0], -1, SQLITE_STATIC);
            sqlite3_bind_text(statement, 5, f[1], -1, SQLITE_STATIC);
            sqlite3_bind_text(statement, 6, f[2], -1, SQLITE_STATIC);
            sqlite3_bind_text(statement, 7, f[3], -1, SQLITE_STATIC);
        } else {
            if (!addressKey(f[0], lo, &family))
                return 1;
            sqlite3_bind_int(statement, 1, family);
            sqlite3_bind_blob(statement, 2, lo, 16, SQLITE_STATIC);
            sqlite3_bind_text(statement, 3, f[0], -1, SQLITE_STATIC);
            sqlite3_bind_text(statement, 4, f[1], -1, SQLITE_STATIC);
            sqlite3_bind_text(statement, 5, f[2], -1, SQLITE_STATIC);
            sqlite3_bind_text(statement, 6, f[3], -1, SQLITE_STATIC);
        }
        if (sqlite3_step(statement) != SQLITE_DONE) {
            std::fprintf(stderr, "row %lld: %s\n", rows + 1, sqlite3_errmsg(db));
            return 1;
        }
        ++rows;
    }
    exec(db, "COMMIT");
    sqlite3_finalize(statement);
    sqlite3_close(db);
    std::fclose(in);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("%.0f %.0f %ld %lld\n", nowMs(CLOCK_MONOTONIC) - wall0,
                nowMs(CLOCK_PROCESS_CPUTIME_ID) - cpu0, usage.ru_maxrss, rows);
    return 0;
}
