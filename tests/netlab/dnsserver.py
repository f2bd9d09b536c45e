#!/usr/bin/env python3
"""A tiny authoritative DNS server over UDP for the lab: answers A queries from a JSON zone,
following CNAME chains, as a private endpoint's privatelink zone does.

Usage: dnsserver.py ADDRESS ZONE.json   ZONE: {"name": "address" | {"cname": "target"}}
Unknown names get NXDOMAIN; other record types get an empty answer (NOERROR)."""

import json
import socket
import struct
import sys


def read_name(packet, offset):
    labels = []
    while packet[offset]:
        length = packet[offset]
        labels.append(packet[offset + 1:offset + 1 + length].decode("ascii"))
        offset += 1 + length
    return ".".join(labels).lower(), offset + 1


def encode_name(name):
    return b"".join(bytes([len(p)]) + p.encode("ascii") for p in name.split(".")) + b"\0"


def record(name, rtype, data):
    return encode_name(name) + struct.pack("!HHIH", rtype, 1, 60, len(data)) + data


def answer(packet, zone):
    ident, flags = struct.unpack("!HH", packet[:4])
    name, end = read_name(packet, 12)
    qtype, _qclass = struct.unpack("!HH", packet[end:end + 4])
    question = packet[12:end + 4]
    records, rcode, current = [], 0, name
    for _ in range(8):
        entry = zone.get(current)
        if entry is None:
            rcode = 3 if current == name else 0
            break
        if isinstance(entry, dict):
            records.append(record(current, 5, encode_name(entry["cname"])))
            current = entry["cname"].lower()
            continue
        if qtype in (1, 255):
            records.append(record(current, 1, socket.inet_aton(entry)))
        break
    header = struct.pack("!HHHHHH", ident, 0x8400 | (flags & 0x0100) | rcode, 1, len(records),
                         0, 0)
    return header + question + b"".join(records)


def main():
    address, zone_file = sys.argv[1], sys.argv[2]
    with open(zone_file) as f:
        zone = {k.lower(): v for k, v in json.load(f).items()}
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind((address, 53))
    print(f"dnsserver: listening on {address}:53", flush=True)
    while True:
        packet, peer = sock.recvfrom(512)
        try:
            sock.sendto(answer(packet, zone), peer)
        except (IndexError, struct.error, UnicodeDecodeError):
            continue


if __name__ == "__main__":
    main()
