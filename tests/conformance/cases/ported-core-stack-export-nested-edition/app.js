// Conformance case 'ported-core-stack-export-nested-edition': aws-cdk's core stack.test.ts
// 'automatic cross-stack references and manual exports look the same: nested stack edition', the
// manual half: producer.exportValue of an attribute of a resource in its nested stack 'Nestor'.
'use strict';
const cdk = require('aws-cdk-lib');

const appM = new cdk.App();
const producerM = new cdk.Stack(appM, 'Producer');
const nestedM = new cdk.NestedStack(producerM, 'Nestor');
const resourceM = new cdk.CfnResource(nestedM, 'Resource', { type: 'AWS::Resource' });
producerM.exportValue(resourceM.getAtt('Att'));
appM.synth();
