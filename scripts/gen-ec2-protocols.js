#!/usr/bin/env node
// Regenerates include/ccdk/ec2_protocols.h from the installed aws-cdk-lib's aws-ec2 Protocol enum:
// one ccdk_ec2_protocol value per member, holding the member's value as aws-cdk-lib has it (IPTM's
// "84_" too: ccdk maps it to "84" where a rule is written, as Port.toRuleJson does).
// Usage: node scripts/gen-ec2-protocols.js > include/ccdk/ec2_protocols.h
//        node scripts/gen-ec2-protocols.js --check   (exit 1 when the file differs from the output)
'use strict';
const path = require('path');
const lib = path.join(__dirname, '..', 'node_modules', 'aws-cdk-lib');
const ec2 = require(path.join(lib, 'aws-ec2'));
const version = require(path.join(lib, 'package.json')).version;

const out = [];
out.push('/* ccdk/ec2_protocols.h - ec2.Protocol as ccdk_ec2_protocol values, for ccdk_ec2_port_new');
out.push(' * (ccdk/ec2.h). Generated from aws-cdk-lib ' + version + ' by scripts/gen-ec2-protocols.js; do not');
out.push(' * edit. Each holds the member\'s value ("tcp", "50", ...). */');
out.push('#ifndef CCDK_EC2_PROTOCOLS_H');
out.push('#define CCDK_EC2_PROTOCOLS_H');
out.push('');
out.push('/** Protocol: the IP protocol of a Port. A struct around a pointer that is not a string\'s, so that a');
out.push(' *  plain string where a protocol goes is a compile error (-Wall -Werror: incompatible pointer types)');
out.push(' *  rather than a protocol aws-cdk-lib\'s enum does not have. */');
out.push('struct ccdk__ec2_protocol_value; /* never defined: the member\'s value ("tcp", "50"), a string */');
out.push('typedef struct {');
out.push('    const struct ccdk__ec2_protocol_value *value_;');
out.push('} ccdk_ec2_protocol;');
out.push('#define CCDK_EC2_PROTOCOL(value) ((ccdk_ec2_protocol){(const struct ccdk__ec2_protocol_value *)(const void *)(value)})');
out.push('');
out.push('/* Protocol\'s members */');
for (const k of Object.keys(ec2.Protocol))
  out.push(`#define CCDK_EC2_PROTOCOL_${k} CCDK_EC2_PROTOCOL(${JSON.stringify(ec2.Protocol[k])})`);
out.push('');
out.push('#endif');
require('./lib/gen-output').emit(__filename, 'include/ccdk/ec2_protocols.h', out.join('\n') + '\n', `aws-cdk-lib ${version}`);
