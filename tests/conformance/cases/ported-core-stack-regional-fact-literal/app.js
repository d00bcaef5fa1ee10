// Conformance case 'ported-core-stack-regional-fact-literal': aws-cdk's core stack.test.ts
// describe('regionalFact') 'regional facts return a literal value if possible': a stack in us-east-1: the registered fact's literal value (the test's expect as an output).
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
const stack = new cdk.Stack(app, 'Stack', { env: { region: 'us-east-1' } });
// expect(stack.regionalFact('MyFact')).toEqual('x.amazonaws.com'), written out
new cdk.CfnOutput(stack, 'TheFact', { value: stack.regionalFact('MyFact') });
app.synth();
