#!/usr/bin/env node
// Regenerates include/ccdk/ec2_instance_types.h from the installed aws-cdk-lib's aws-ec2
// InstanceClass and InstanceSize enums: one string macro per member. A class macro holds what
// InstanceType.of() puts before the dot (its instanceClassMap entry: BURSTABLE3 and T3 are both
// "t3"), so ccdk_ec2_instance_type_of(class, size) only has to join them.
// Usage: node scripts/gen-ec2-instance-types.js > include/ccdk/ec2_instance_types.h
//        node scripts/gen-ec2-instance-types.js --check   (exit 1 when the file differs from the output)
'use strict';
const path = require('path');
const lib = path.join(__dirname, '..', 'node_modules', 'aws-cdk-lib');
const ec2 = require(path.join(lib, 'aws-ec2'));
const version = require(path.join(lib, 'package.json')).version;

const out = [];
out.push('/* ccdk/ec2_instance_types.h - ec2.InstanceClass and ec2.InstanceSize as string macros, for');
out.push(' * ccdk_ec2_instance_type_of (ccdk/ec2.h). Generated from aws-cdk-lib ' + version + ' by');
out.push(' * scripts/gen-ec2-instance-types.js; do not edit. A class is the identifier InstanceType.of() writes');
out.push(' * for it (aws-cdk-lib\'s long names such as BURSTABLE3 map to the short one, "t3"). */');
out.push('#ifndef CCDK_EC2_INSTANCE_TYPES_H');
out.push('#define CCDK_EC2_INSTANCE_TYPES_H');
out.push('');
out.push('#include "ccdk/core.h"');
out.push('');
out.push('/* InstanceClass */');
for (const k of Object.keys(ec2.InstanceClass)) {
  const id = ec2.InstanceType.of(ec2.InstanceClass[k], 'x').toString().replace(/\.x$/, '');
  out.push(`#define CCDK_EC2_INSTANCE_CLASS_${k} ${JSON.stringify(id)}`);
}
out.push('');
out.push('/* InstanceSize */');
for (const k of Object.keys(ec2.InstanceSize))
  out.push(`#define CCDK_EC2_INSTANCE_SIZE_${k} ${JSON.stringify(ec2.InstanceSize[k])}`);
out.push('');
out.push('#endif');
require('./lib/gen-output').emit(__filename, 'include/ccdk/ec2_instance_types.h', out.join('\n') + '\n', `aws-cdk-lib ${version}`);
