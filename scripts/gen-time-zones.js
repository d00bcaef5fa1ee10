#!/usr/bin/env node
// Regenerates include/ccdk/time_zone.h from the installed aws-cdk-lib's core TimeZone class: one
// CCDK_TIME_ZONE_<MEMBER> per static member, in aws-cdk-lib's order, holding its timezoneName, with
// the UTC offsets its declaration file documents.
// Usage: node scripts/gen-time-zones.js > include/ccdk/time_zone.h
//        node scripts/gen-time-zones.js --check   (exit 1 when the file differs from the output)
'use strict';
const fs = require('fs');
const path = require('path');
const lib = path.join(__dirname, '..', 'node_modules', 'aws-cdk-lib');
const { TimeZone } = require(lib);
const version = require(path.join(lib, 'package.json')).version;

// "/** IANA Time Zone database entry for Europe/London.  UTC offset +00:00/+01:00. */" above each
// member's declaration: the offsets (standard/daylight) for the header's comments.
const dts = fs.readFileSync(path.join(lib, 'core', 'lib', 'time-zone.d.ts'), 'utf8');
const offsets = {};
for (const m of dts.matchAll(/UTC offset ([^ ]+?)\.\s*\*\/\s*static readonly ([A-Z0-9_]+): TimeZone;/g))
  offsets[m[2]] = m[1];

const members = Object.keys(TimeZone).filter((k) => TimeZone[k] instanceof TimeZone);
const out = [];
out.push('/* ccdk/time_zone.h - core TimeZone: the IANA time zone names aws-cdk-lib has as constants, for the');
out.push(' * time_zone of a schedule (ccdk/appscaling.h ScalingSchedule, ccdk/cloudwatch.h ScheduleExpression).');
out.push(' * Generated from aws-cdk-lib ' + version + ' by scripts/gen-time-zones.js; do not edit.');
out.push(' * A TimeZone is its timezoneName, a string: CCDK_TIME_ZONE_EUROPE_LONDON is "Europe/London", and');
out.push(' * TimeZone.of(name) is name itself (any IANA name, as aws-cdk-lib does not check it either). */');
out.push('#ifndef CCDK_TIME_ZONE_H');
out.push('#define CCDK_TIME_ZONE_H');
out.push('');
out.push('/** TimeZone: its timezoneName. A time_zone field of type const char * takes one of these. */');
out.push('typedef const char *ccdk_time_zone;');
out.push('');
out.push(`/* TimeZone's ${members.length} members; the comment is the UTC offset, standard/daylight */`);
for (const k of members) {
  const name = TimeZone[k].timezoneName;
  const off = offsets[k];
  if (!off) throw new Error(`no UTC offset documented for TimeZone.${k}`);
  out.push(`#define CCDK_TIME_ZONE_${k} ${JSON.stringify(name)} /* ${off} */`);
}
out.push('');
out.push('#endif');
require('./lib/gen-output').emit(__filename, 'include/ccdk/time_zone.h', out.join('\n') + '\n', `aws-cdk-lib ${version}`);
