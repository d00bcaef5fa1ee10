// Conformance case 'ported-core-stack-cross-stack-nested-edition': aws-cdk's core stack.test.ts
// 'automatic cross-stack references and manual exports look the same: nested stack edition', the
// automatic half: stack Consumer's output of an attribute of a resource in Producer's nested stack.
'use strict';
const cdk = require('aws-cdk-lib');

const appA = new cdk.App();
const producerA = new cdk.Stack(appA, 'Producer');
const nestedA = new cdk.NestedStack(producerA, 'Nestor');
const resourceA = new cdk.CfnResource(nestedA, 'Resource', { type: 'AWS::Resource' });

const consumerA = new cdk.Stack(appA, 'Consumer');
new cdk.CfnOutput(consumerA, 'SomeOutput', { value: `${resourceA.getAtt('Att')}` });
appA.synth();
