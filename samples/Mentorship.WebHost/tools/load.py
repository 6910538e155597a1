#!/usr/bin/env python3
"""Bounded load on a running web host (127.0.0.1 only): N logged-in coordinators for S seconds, mixing reads and
admissions of different people into one mentee bank without If-Match.

Prints status counts, 5xx, false 409 (a conflict on an admission of a new person), p50/p95 per kind, and appends
every acknowledged (201) admission to --acked. `--verify` reads that file and checks every id is in the bank.
Standard library only. Example (see run-load.sh, which also kills the host with -9 in the middle):

  tools/load.py --base http://127.0.0.1:5199 --password "$DEMO_PASSWORD" --clients 20 --seconds 60 --acked acked.txt
"""
import argparse, http.client, http.cookies, json, random, statistics, sys, threading, time, urllib.parse

MAX_CLIENTS, MAX_SECONDS = 50, 300
ORG, YEAR = "cdt-ilovlya", 2026
BANK = f"/api/organizations/{ORG}/years/{YEAR}/mentee-bank"


class Client:
    def __init__(self, base, timeout=30):
        url = urllib.parse.urlsplit(base)
        if url.hostname not in ("127.0.0.1", "localhost"):
            raise SystemExit("the load runs against 127.0.0.1 only")
        self.host, self.port, self.timeout, self.cookie = url.hostname, url.port or 80, timeout, ""
        self.conn = None

    def request(self, method, path, body=None):
        headers = {"Cookie": self.cookie} if self.cookie else {}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        # A read is sent again once on a dropped connection; a write is not (its outcome is unknown: not acknowledged).
        for attempt in ((1, 2) if method == "GET" else (2,)):
            try:
                if self.conn is None:
                    self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
                self.conn.request(method, path, body=data, headers=headers)
                response = self.conn.getresponse()
                payload = response.read()
                for value in response.headers.get_all("Set-Cookie") or []:
                    name_value = value.split(";", 1)[0]
                    if name_value.startswith("mentorship.auth="):
                        self.cookie = name_value
                return response.status, payload
            except (ConnectionError, http.client.HTTPException, OSError):
                self.conn = None
                if attempt == 2:
                    return None, b""


def mentee(identifier):
    return {
        "educator": {"id": identifier, "fullName": "Нагрузочная Проверка Тестовна", "birthDate": "1999-02-03",
                     "post": "учитель", "teachingSince": "2025-09-01", "subjects": ["математика"]},
        "consentGivenOn": "2026-04-10", "requests": ["digital"], "reasons": ["YoungSpecialist"], "admittedOn": "2026-05-20",
    }


def run(args):
    clients, seconds = min(args.clients, MAX_CLIENTS), min(args.seconds, MAX_SECONDS)
    deadline = time.monotonic() + seconds
    lock = threading.Lock()
    stats = {"status": {}, "latency": {"read": [], "write": []}, "false409": 0, "errors": 0, "conflicts": []}
    acked = open(args.acked, "a", encoding="utf-8")
    run_id = args.run_id or f"{random.randrange(36**4):04x}"

    def worker(n):
        client = Client(args.base)
        status, _ = client.request("POST", "/api/account/login", {"userName": args.user, "password": args.password})
        if status != 200:
            with lock:
                stats["errors"] += 1
            return
        written, i = [], 0
        while time.monotonic() < deadline:
            i += 1
            if random.random() < args.writes:
                identifier = f"L{run_id}{n:02d}{i:05d}"
                start = time.perf_counter()
                status, body = client.request("POST", f"{BANK}/entries", mentee(identifier))
                kind = "write"
            else:
                start = time.perf_counter()
                path = random.choice([BANK, f"{BANK}/entries/{random.choice(written)}" if written else BANK,
                                      f"/api/organizations/{ORG}/years/{YEAR}/pairing", f"/api/organizations/{ORG}/years/{YEAR}/roadmap/agenda"])
                status, _ = client.request("GET", path)
                kind = "read"
            elapsed = (time.perf_counter() - start) * 1000
            with lock:
                stats["status"][status] = stats["status"].get(status, 0) + 1
                if status is not None:
                    stats["latency"][kind].append(elapsed)
                if kind == "write" and status == 201:
                    written.append(identifier)
                    acked.write(identifier + "\n")
                    acked.flush()
                if kind == "write" and status == 409:
                    stats["false409"] += 1
                    stats["conflicts"].append(json.loads(body or b"{}").get("detail"))
            if status is None:
                time.sleep(0.2)  # the host is down (killed): wait for it to come back

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    acked.close()

    def pct(values, p):
        return round(statistics.quantiles(values, n=100)[p - 1], 1) if len(values) >= 2 else None

    total = sum(stats["status"].values())
    report = {
        "clients": clients, "seconds": seconds, "requests": total,
        "status": {str(k): v for k, v in sorted(stats["status"].items(), key=lambda kv: str(kv[0]))},
        "5xx": sum(v for k, v in stats["status"].items() if k is not None and k >= 500),
        "false409": stats["false409"], "conflictDetails": stats["conflicts"][:3], "loginFailures": stats["errors"],
        "readP50ms": pct(stats["latency"]["read"], 50), "readP95ms": pct(stats["latency"]["read"], 95),
        "writeP50ms": pct(stats["latency"]["write"], 50), "writeP95ms": pct(stats["latency"]["write"], 95),
    }
    print(json.dumps(report, ensure_ascii=False))
    return 0 if report["5xx"] == 0 and report["false409"] == 0 else 1


def verify(args):
    client = Client(args.base)
    status, _ = client.request("POST", "/api/account/login", {"userName": args.user, "password": args.password})
    if status != 200:
        raise SystemExit(f"login failed: {status}")
    status, body = client.request("GET", BANK)
    present = {e["id"] for e in json.loads(body)["entries"]}
    wanted = [line.strip() for line in open(args.acked, encoding="utf-8") if line.strip()]
    missing = [w for w in wanted if w not in present]
    print(json.dumps({"acknowledged": len(wanted), "missing": len(missing), "firstMissing": missing[:5]}))
    return 0 if not missing else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="http://127.0.0.1:5199")
    parser.add_argument("--user", default="coordinator")
    parser.add_argument("--password", required=True)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--writes", type=float, default=0.3, help="share of requests that are admissions")
    parser.add_argument("--acked", default="acked.txt")
    parser.add_argument("--run-id", default=None)
    parser.add_argument("--verify", action="store_true")
    a = parser.parse_args()
    sys.exit(verify(a) if a.verify else run(a))
