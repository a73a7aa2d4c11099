// What the kinto.js end-to-end scripts share (test.mjs, accounts.mjs):
// the checks and their tally, HTTP tracing, and kinto.js itself loaded
// with fake-indexeddb.
//
//   node tests/e2e/kintojs/SCRIPT.mjs http://127.0.0.1:PORT/v1 [ARGS...]
//
// A script prints one line per check, "ok - NAME" or "not ok - NAME: WHY",
// and "# ..." diagnostics (the HTTP exchanges that led to a failure);
// finish() ends it with "# N passed, N failed" and exits 1 when a check
// failed.  KINTOJS_TRACE=1 logs every exchange on stderr.  Works on
// Node 18 (Debian 12) and later.

import { createRequire } from "node:module";
import { webcrypto } from "node:crypto";

// kinto.js makes its UUIDs with the global crypto, which some Node 18
// builds lack.
if (typeof globalThis.crypto === "undefined") {
	globalThis.crypto = webcrypto;
}

export const REMOTE = (process.argv[2] || "http://127.0.0.1:8888/v1").replace(/\/$/, "");
const TRACE = !!process.env.KINTOJS_TRACE;

// --- the checks ----------------------------------------------------------

export let passed = 0;
export let failed = 0;

// Every HTTP exchange of the current step, replayed when a check fails.
export let exchanges = [];

export function report(name, good, why) {
	if (good) {
		passed++;
		console.log(`ok - ${name}`);
		return;
	}
	failed++;
	console.log(`not ok - ${name}${why ? ": " + why : ""}`);
	for (const x of exchanges.slice(-6)) console.log(`#   ${x}`);
}

export const show = (v) => {
	const s = JSON.stringify(v);
	return s === undefined ? String(v) : s.length > 400 ? s.slice(0, 400) + "..." : s;
};

export function ok(cond, name, why) { report(name, !!cond, why); }
export function is(got, want, name) {
	const g = show(got), w = show(want);
	report(name, g === w, `got ${g}, want ${w}`);
}

// A step runs a group of checks; an unexpected exception is one failure.
export async function step(name, fn) {
	exchanges = [];
	try {
		await fn();
	} catch (e) {
		const why = e && e.response ? `HTTP ${e.response.status} ${show(e.data)}` : String(e && e.stack || e);
		report(`${name} (threw)`, false, why);
	}
}

// Settles a promise: { resolved } when it resolves, { status, data,
// headers } (the HTTP status, error body and response headers) when it
// rejects.
export async function rejects(promise) {
	try {
		const v = await promise;
		return { resolved: v, status: undefined, data: undefined };
	} catch (e) {
		return {
			status: e.response ? e.response.status : undefined,
			data: e.data,
			headers: e.response ? e.response.headers : undefined,
			message: e.message,
		};
	}
}

// --- HTTP traffic, counted and logged --------------------------------------

export let requests = 0;
export async function tracingFetch(url, options = {}) {
	requests++;
	const method = (options.method || "GET").toUpperCase();
	const h = options.headers || {};
	const get = (k) => (h instanceof Headers ? h.get(k) : h[k] ?? h[k.toLowerCase()]);
	const pre = ["If-Match", "If-None-Match"].filter((k) => get(k)).map((k) => ` ${k}: ${get(k)}`).join("");
	const body = typeof options.body === "string" ? ` ${options.body.slice(0, 300)}` : "";
	const res = await fetch(url, options);
	const text = await res.clone().text();
	const line = `${method} ${url.replace(REMOTE, "")}${pre}${body} -> ${res.status} ${text.slice(0, 300)}`;
	exchanges.push(line);
	if (TRACE) console.error(`# ${line}`);
	return res;
}

// --- kinto.js ------------------------------------------------------------

async function loadKinto() {
	try {
		// Its "main" is CommonJS; it requires uuid, which is ESM only:
		// fine from Node 20.19 on (require of ES modules).
		const m = await import("kinto");
		// The default export of a CommonJS module is its module.exports.
		const ns = m.default && m.default.KintoClient ? m.default : m;
		return { Kinto: ns.default, KintoClient: ns.KintoClient, how: "kinto" };
	} catch (e) {
		if (e.code !== "ERR_REQUIRE_ESM") throw e;
		// Older Node: the package's self-contained UMD build.
		const require = createRequire(import.meta.url);
		const ns = require("kinto/dist/kinto.js");
		return { Kinto: ns.default, KintoClient: ns.KintoClient, how: "kinto/dist/kinto.js" };
	}
}

process.on("unhandledRejection", (e) => {
	report("unhandled rejection", false, String(e && e.stack || e));
});

export const { Kinto, KintoClient, how } = await loadKinto();
await import("fake-indexeddb/auto");
console.log(`# node ${process.version}, kinto.js from ${how}, server ${REMOTE}`);

// The value of a Basic Authorization header.
export const basicAuth = (user, password) => "Basic " + Buffer.from(`${user}:${password}`).toString("base64");

export function finish() {
	console.log(`# ${requests} HTTP requests`);
	console.log(`# ${passed} passed, ${failed} failed`);
	process.exit(failed ? 1 : 0);
}
