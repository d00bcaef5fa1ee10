// Conformance case 'ported-core-stack-regional-fact-mapping': aws-cdk's core stack.test.ts
// describe('regionalFact') 'regional facts generate a mapping if necessary': an environment-agnostic stack: oneformat / otherformat, the WeirdFactMap mapping and an Fn::FindInMap on AWS::Region.
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
new cdk.CfnOutput(stack, 'TheFact', {
  value: stack.regionalFact('WeirdFact'),
});
app.synth();
