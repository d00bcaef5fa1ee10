// Conformance case 'ported-core-stack-regional-fact-undefined-partitions': aws-cdk's core stack.test.ts
// describe('regionalFact') 'regional facts use the global lookup map if partition is the literal string of \"undefined\"': target partitions the string 'undefined': every region; two values, so the WeirdFactMap mapping and an Fn::FindInMap.
'use strict';
const cdk = require('aws-cdk-lib');
const cxapi = require('aws-cdk-lib/cx-api');
const { Fact } = require('aws-cdk-lib/region-info');

Fact.register({ name: 'MyFact', region: 'us-east-1', value: 'x.amazonaws.com' });
Fact.register({ name: 'MyFact', region: 'eu-west-1', value: 'x.amazonaws.com' });
Fact.register({ name: 'MyFact', region: 'cn-north-1', value: 'x.amazonaws.com.cn' });

Fact.register({ name: 'WeirdFact', region: 'us-east-1', value: 'oneformat' });
Fact.register({ name: 'WeirdFact', region: 'eu-west-1', value: 'otherformat' });

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
stack.node.setContext(cxapi.TARGET_PARTITIONS, 'undefined');
new cdk.CfnOutput(stack, 'TheFact', {
  value: stack.regionalFact('WeirdFact'),
});
app.synth();
