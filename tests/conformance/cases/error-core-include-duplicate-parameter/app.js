// Conformance case 'error-core-include-duplicate-parameter': include.test.ts's "exception is thrown
// in construction if an entity from an included template has the same id as a programmatic
// entity": a CfnParameter MyParam after a CfnInclude whose template has one.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new cdk.CfnInclude(stack, 'T1', {
  template: {
    Parameters: { MyParam: { Type: 'String', Default: 'Hello' } },
    Resources: { MyResource1: { Type: 'ResourceType1', Properties: { P1: 1, P2: 2 } }, MyResource2: { Type: 'ResourceType2' } },
  },
});
new cdk.CfnResource(stack, 'MyResource3', { type: 'ResourceType3', properties: { P3: 'Hello' } });
new cdk.CfnOutput(stack, 'MyOutput', { description: 'Out!', value: 'in' });
new cdk.CfnParameter(stack, 'MyParam', { type: 'Integer' });
app.synth();
