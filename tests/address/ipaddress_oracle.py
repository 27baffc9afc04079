#!/usr/bin/env python3
"""Oracle for tst_addressdifferential: random cases answered by Python's ipaddress module.

    ipaddress_oracle.py --seed N --count N

Prints one JSON object per line. The first line is {"kind": "meta", ...}; every other line
is a case: its kind, its family (4 or 6), the inputs as text, and under "expect" Python's
answer. The C++ test computes each answer with the address engine and compares.

Generators aim at the interesting cases: addresses with runs of zero groups, IPv4-mapped
and dotted-tail forms, hand-mutated malformed text, and relations between prefixes drawn
nested inside one small parent, so that containment and overlap hold about half the time
instead of never (random /0../128 pairs would almost never overlap).
"""

import argparse
import ipaddress
import json
import random
import sys

V4, V6 = 4, 6
WIDTH = {V4: 32, V6: 128}
ADDRESS = {V4: ipaddress.IPv4Address, V6: ipaddress.IPv6Address}
NETWORK = {V4: ipaddress.IPv4Network, V6: ipaddress.IPv6Network}


def text(obj):
    """Python's canonical text (.compressed), as Python 3.11 prints it.

    Python 3.13 prints IPv4-mapped IPv6 addresses with a dotted tail (::ffff:1.2.3.4);
    3.11 (Debian 12's python3) prints hex (::ffff:102:304), and that is what the engine
    keeps. Under 3.13+ we ask ipaddress for its hex form so the oracle answers the same on
    either version.
    """
    if isinstance(obj, (ipaddress.IPv4Network, ipaddress.IPv6Network)):
        return "%s/%d" % (text(obj.network_address), obj.prefixlen)
    if (isinstance(obj, ipaddress.IPv6Address) and sys.version_info >= (3, 13)
            and obj.ipv4_mapped is not None):
        return ipaddress.IPv6Address._string_from_ip_int(int(obj))
    return obj.compressed


def texts(objs):
    return [text(o) for o in objs]


# --- The engine's documented strictness differences ---------------------------------------
#
# Python is the validity oracle, except where the engine is deliberately stricter. These
# cases are not compared with Python's verdict: the expected answer is "invalid", and the
# case is marked with the reason ("strict") so the C++ test counts them separately.
#  - scope ids ("fe80::1%eth0"): Python >= 3.9 accepts RFC 4007 zones; an IPAM records
#    addresses, not interfaces, so the engine refuses them;
#  - ip_network() without "/length" means a host (/32, /128); the engine requires the length;
#  - ip_network() accepts a netmask or hostmask after "/" for IPv4 ("/255.255.255.0",
#    "/0.0.0.255"); the engine accepts only a decimal length;
#  - ip_network() reads the length with int(), so "/08" and "/0128" pass; the engine refuses
#    leading zeros in the length as it does in IPv4 octets.
def strictness(text_, python_valid, is_prefix):
    if not python_valid:
        return None
    if "%" in text_:
        return "scope id"
    if is_prefix:
        if "/" not in text_:
            return "missing /length"
        length = text_.split("/", 1)[1]
        if not length.isdigit():
            return "netmask"
        if len(length) > 1 and length[0] == "0":
            return "leading zero in length"
    return None


# --- Values and text forms ------------------------------------------------------------------

def rand_v4(rng):
    mode = rng.random()
    if mode < 0.5:
        return rng.getrandbits(32)
    special = [0, 1, 2, 10, 100, 127, 128, 168, 192, 199, 200, 249, 250, 254, 255]
    value = 0
    for _ in range(4):
        value = value << 8 | (rng.choice(special) if rng.random() < 0.7 else rng.getrandbits(8))
    return value


def rand_v6(rng):
    mode = rng.random()
    if mode < 0.1:
        return rng.getrandbits(128)
    if mode < 0.2:  # IPv4-mapped, IPv4-compatible, NAT64
        prefix = rng.choice([0xFFFF << 32, 0, 0x64FF9B << 96])
        return prefix | rand_v4(rng)
    groups = []
    zero_bias = rng.choice([0.3, 0.5, 0.7, 0.9])
    for _ in range(8):
        r = rng.random()
        if r < zero_bias:
            groups.append(0)
        elif r < zero_bias + (1 - zero_bias) / 2:
            groups.append(rng.choice([1, 2, 0xA, 0xF, 0x10, 0xFF, 0x100, 0xFFF, 0x1000]))
        else:
            groups.append(rng.getrandbits(16))
    value = 0
    for g in groups:
        value = value << 16 | g
    return value


def rand_value(rng, family):
    return rand_v4(rng) if family == V4 else rand_v6(rng)


def group_text(g, rng):
    s = "%x" % g
    if rng.random() < 0.2:
        s = s.zfill(rng.randint(len(s), 4))
    if rng.random() < 0.2:
        s = s.upper()
    return s


def v6_variant(value, rng):
    """A valid, usually non-canonical, text form of an IPv6 address."""
    if rng.random() < 0.35:
        return text(ipaddress.IPv6Address(value))
    groups = [(value >> (112 - 16 * i)) & 0xFFFF for i in range(8)]
    dotted = rng.random() < 0.2
    count = 6 if dotted else 8
    # Compress any run of zero groups (not necessarily the longest: still valid text).
    runs = [(i, j) for i in range(count) for j in range(i + 1, count + 1)
            if all(groups[k] == 0 for k in range(i, j))]
    run = rng.choice(runs) if runs and rng.random() < 0.8 else None
    parts = [group_text(g, rng) for g in groups[:count]]
    if run:
        i, j = run
        head, tail = ":".join(parts[:i]), ":".join(parts[j:])
        s = head + "::" + tail
    else:
        s = ":".join(parts)
    if dotted:
        v4 = str(ipaddress.IPv4Address(value & 0xFFFFFFFF))
        s = s + v4 if s.endswith("::") else s + ":" + v4
    return s


def address_text(value, family, rng):
    if family == V4:
        return str(ipaddress.IPv4Address(value))
    return v6_variant(value, rng)


ALPHABET = "0123456789abcdefABCDEF:::...%/ gxG-+"


def mutate(s, rng):
    """One or two random edits: most give malformed text, some stay valid."""
    for _ in range(rng.choice([1, 1, 2])):
        op = rng.randrange(11)
        pos = rng.randint(0, len(s))
        if op == 0:
            s = s[:pos] + rng.choice(ALPHABET) + s[pos:]
        elif op == 1 and s:
            pos = min(pos, len(s) - 1)
            s = s[:pos] + s[pos + 1:]
        elif op == 2 and s:
            pos = min(pos, len(s) - 1)
            s = s[:pos] + rng.choice(ALPHABET) + s[pos + 1:]
        elif op == 3:
            cut = rng.randint(0, len(s))
            s = s[:pos] + s[min(pos, cut):max(pos, cut)] + s[pos:]
        elif op == 4:
            s = s + rng.choice([":", "::", ".0", ".", ":0", ":1.2.3.4", "0"])
        elif op == 5:
            s = rng.choice([":", "::", "0.", ".", "0:", "0"]) + s
        elif op == 6:  # a leading zero somewhere after a separator
            seps = [i + 1 for i, c in enumerate(s) if c in ".:"] + [0]
            p = rng.choice(seps)
            s = s[:p] + "0" + s[p:]
        elif op == 7:
            s = s + rng.choice(["%eth0", "%1", "%", "%%", "%en0"])
        elif op == 8:
            s = rng.choice([" ", "\t", ""]) + s + rng.choice([" ", "\n", ""])
        elif op == 9:
            s = s[:rng.randint(0, len(s))]
        else:
            s = s.replace("::", ":", 1) if rng.random() < 0.5 else s.replace(":", "::", 1)
    return s


def garbage(rng):
    return "".join(rng.choice(ALPHABET + "1234567890") for _ in range(rng.randint(0, 20)))


def python_address(s):
    try:
        return ipaddress.ip_address(s)
    except ValueError:
        return None


def python_network(s):
    try:
        return ipaddress.ip_network(s, strict=True)
    except ValueError:
        return None


# --- Nested prefixes --------------------------------------------------------------------------

def rand_prefix(rng, family, lo, hi):
    length = rng.randint(lo, hi)
    host_bits = WIDTH[family] - length
    value = rand_value(rng, family) >> host_bits << host_bits
    return NETWORK[family]((value, length))


def parent_prefix(rng, family):
    return rand_prefix(rng, family, 8, 24) if family == V4 else rand_prefix(rng, family, 16, 112)


def child(rng, parent, max_depth, min_depth=0):
    width = parent.max_prefixlen
    depth = rng.randint(min(min_depth, max_depth), max_depth)
    length = min(parent.prefixlen + depth, width)
    offset = rng.getrandbits(length - parent.prefixlen) if length > parent.prefixlen else 0
    network = int(parent.network_address) | offset << (width - length)
    return type(parent)((network, length))


def random_address_in(rng, prefix):
    return prefix[rng.getrandbits(prefix.max_prefixlen - prefix.prefixlen)]


def subtract(minuend, subtrahend):
    """Set difference as collapsed prefixes, by repeated address_exclude."""
    blocks = list(ipaddress.collapse_addresses(minuend))
    for cut in ipaddress.collapse_addresses(subtrahend):
        kept = []
        for block in blocks:
            if not block.overlaps(cut):
                kept.append(block)
            elif not cut.supernet_of(block):
                kept.extend(block.address_exclude(cut))
        blocks = kept
    return list(ipaddress.collapse_addresses(blocks))


def allocations(rng, parent, most, max_depth, min_depth=1):
    allocated = [child(rng, parent, max_depth, min_depth) for _ in range(rng.randint(0, most))]
    if allocated and rng.random() < 0.3:  # siblings, to exercise merging of adjacent blocks
        a = rng.choice(allocated)
        if a.prefixlen > parent.prefixlen:
            sibling = int(a.network_address) ^ (1 << (a.max_prefixlen - a.prefixlen))
            allocated.append(type(a)((sibling, a.prefixlen)))
    return allocated


# --- Cases ------------------------------------------------------------------------------------

def case_parse_address(rng, family):
    r = rng.random()
    if r < 0.45:
        s = address_text(rand_value(rng, family), family, rng)
    elif r < 0.95:
        s = mutate(address_text(rand_value(rng, family), family, rng), rng)
    else:
        s = garbage(rng)
    parsed = python_address(s)
    case = {"text": s}
    reason = strictness(s, parsed is not None, False)
    if reason:
        case["strict"] = reason
        case["expect"] = {"valid": False}
    elif parsed is None:
        case["expect"] = {"valid": False}
    else:
        case["expect"] = {"valid": True, "text": text(parsed)}
    return case


def prefix_text_variant(rng, family):
    width = WIDTH[family]
    length = rng.randint(0, width)
    host_bits = width - length
    value = rand_value(rng, family)
    if rng.random() < 0.8:
        value = value >> host_bits << host_bits
    length_text = str(length)
    r = rng.random()
    if r < 0.04:
        length_text = "0" + length_text
    elif r < 0.08:
        length_text = str(rng.choice([width + 1, width + 10, 1000, -1, 99999999999999999999]))
    elif r < 0.10:
        length_text = rng.choice(["", "+8", " 8", "8 ", "1e1", "0x10"])
    elif r < 0.13 and family == V4:
        mask = (0xFFFFFFFF << host_bits) & 0xFFFFFFFF
        length_text = str(ipaddress.IPv4Address(mask ^ (0xFFFFFFFF if rng.random() < 0.3 else 0)))
    s = address_text(value, family, rng) + "/" + length_text
    r = rng.random()
    if r < 0.05:
        s = address_text(value, family, rng)  # no length
    elif r < 0.35:
        s = mutate(s, rng)
    return s


def case_parse_prefix(rng, family):
    s = prefix_text_variant(rng, family) if rng.random() < 0.97 else garbage(rng)
    parsed = python_network(s)
    case = {"text": s}
    reason = strictness(s, parsed is not None, True)
    if reason:
        case["strict"] = reason
        case["expect"] = {"valid": False}
    elif parsed is None:
        case["expect"] = {"valid": False}
    else:
        case["expect"] = {"valid": True, "text": text(parsed), "size": str(parsed.num_addresses)}
    return case


def case_contains_address(rng, family):
    parent = parent_prefix(rng, family)
    p = child(rng, parent, 8)
    a = random_address_in(rng, p if rng.random() < 0.5 else parent)
    return {"prefix": text(p), "address": text(a), "expect": a in p}


def related_pair(rng, family, nested):
    """Two prefixes of one small parent: nested on purpose with probability `nested` (the
    inner one first in a quarter of those), otherwise drawn independently, which still
    overlap sometimes."""
    parent = parent_prefix(rng, family)
    a = child(rng, parent, 6)
    r = rng.random()
    if r < nested:
        b = child(rng, a, 6)
        if r < nested / 4:
            a, b = b, a
    else:
        b = child(rng, parent, 6)
    return a, b


def case_contains_prefix(rng, family):
    a, b = related_pair(rng, family, 0.55)
    return {"prefix": text(a), "other": text(b), "expect": b.subnet_of(a)}


def case_overlaps(rng, family):
    a, b = related_pair(rng, family, 0.3)
    return {"a": text(a), "b": text(b), "expect": a.overlaps(b)}


def case_collapse(rng, family):
    parent = parent_prefix(rng, family)
    prefixes = allocations(rng, parent, 25, 10, 0)
    if prefixes and rng.random() < 0.2:
        prefixes.append(rng.choice(prefixes))  # duplicates
    return {"prefixes": texts(prefixes),
            "expect": texts(ipaddress.collapse_addresses(prefixes))}


def case_subtract(rng, family):
    parent = parent_prefix(rng, family)
    a = allocations(rng, parent, 6, 4, 0)
    b = allocations(rng, parent, 10, 10, 0)
    return {"a": texts(a), "b": texts(b), "expect": texts(subtract(a, b))}


def case_summarize(rng, family):
    parent = parent_prefix(rng, family)
    x, y = sorted([random_address_in(rng, parent), random_address_in(rng, parent)])
    if rng.random() < 0.1:
        x, y = parent.network_address, parent.broadcast_address
    return {"first": text(x), "last": text(y),
            "expect": texts(ipaddress.summarize_address_range(x, y))}


def case_free_blocks(rng, family):
    parent = parent_prefix(rng, family)
    allocated = allocations(rng, parent, 30, 12, 2)
    return {"parent": text(parent), "allocated": texts(allocated),
            "expect": texts(subtract([parent], allocated))}


def case_first_free(rng, family):
    parent = parent_prefix(rng, family)
    allocated = allocations(rng, parent, 20, 8, 2)
    length = min(parent.prefixlen + rng.randint(0, 8), parent.max_prefixlen)
    count = rng.randint(1, 4)
    found = []
    for candidate in parent.subnets(new_prefix=length):  # brute force on purpose
        if not any(candidate.overlaps(a) for a in allocated):
            found.append(candidate)
            if len(found) == count:
                break
    return {"parent": text(parent), "allocated": texts(allocated), "length": length,
            "count": count, "expect": texts(found)}


def case_first_free_addresses(rng, family):
    if family == V4:
        subnet = rand_prefix(rng, V4, 24, 32)
        candidates = subnet.hosts()  # skips network and broadcast below /31
    else:
        subnet = rand_prefix(rng, V6, 118, 128)
        # Python's IPv6 hosts() also skips the Subnet-Router anycast address (the network
        # address); the engine skips nothing in IPv6, so every address is a candidate.
        candidates = iter(subnet)
    allocated = allocations(rng, subnet, 6, WIDTH[family] - subnet.prefixlen, 1)
    count = rng.randint(1, 6)
    found = []
    for address in candidates:
        if not any(address in a for a in allocated):
            found.append(address)
            if len(found) == count:
                break
    return {"subnet": text(subnet), "allocated": texts(allocated), "count": count,
            "expect": texts(found)}


KINDS = [  # (kind, generator, weight)
    ("parse_address", case_parse_address, 20),
    ("parse_prefix", case_parse_prefix, 20),
    ("contains_address", case_contains_address, 8),
    ("contains_prefix", case_contains_prefix, 8),
    ("overlaps", case_overlaps, 8),
    ("collapse", case_collapse, 8),
    ("subtract", case_subtract, 7),
    ("summarize", case_summarize, 5),
    ("free_blocks", case_free_blocks, 8),
    ("first_free", case_first_free, 6),
    ("first_free_addresses", case_first_free_addresses, 2),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=20000)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    out = sys.stdout
    out.write(json.dumps({"kind": "meta", "python": sys.version.split()[0], "seed": args.seed,
                          "count": args.count}) + "\n")
    names = [k[0] for k in KINDS]
    generators = {k[0]: k[1] for k in KINDS}
    weights = [k[2] for k in KINDS]
    # Every kind at least a few times, whatever the count; the rest by weight.
    schedule = names * 5 + rng.choices(names, weights, k=max(0, args.count - 5 * len(names)))
    for kind in schedule:
        family = V4 if rng.random() < 0.5 else V6
        case = generators[kind](rng, family)
        case["kind"] = kind
        case["family"] = family
        out.write(json.dumps(case) + "\n")


if __name__ == "__main__":
    main()
