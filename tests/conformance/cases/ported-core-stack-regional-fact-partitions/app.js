// Conformance case 'ported-core-stack-regional-fact-partitions': aws-cdk's core stack.test.ts
// describe('regionalFact') 'regional facts are simplified to use concrete values if URL_SUFFIX token is not necessary': target partitions ['aws']: the aws regions' one value, a literal (the test's expect as an output).
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
stack.node.setContext(cxapi.TARGET_PARTITIONS, ['aws']);
// expect(stack.regionalFact('MyFact')).toEqual('x.amazonaws.com'), written out
new cdk.CfnOutput(stack, 'TheFact', { value: stack.regionalFact('MyFact') });
app.synth();
