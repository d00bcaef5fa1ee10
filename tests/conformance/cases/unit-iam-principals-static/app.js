// Conformance case 'unit-iam-principals-static': aws-iam principals.test.ts 'StarPrincipal' (a
// document with Principal "*") and 'Can use custom service principle name to create servicePrinciple'
// (ServicePrincipal.fromStaticServicePrincipleName keeps ".cn"; new ServicePrincipal drops it).
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new cdk.CfnResource(stack, 'Doc', {
  type: 'Custom::Doc',
  properties: {
    Document: new iam.PolicyDocument({
      statements: [new iam.PolicyStatement({ actions: ['service:action'], resources: ['*'], principals: [new iam.StarPrincipal()] })],
    }),
  },
});
new iam.Role(stack, 'Role', { assumedBy: iam.ServicePrincipal.fromStaticServicePrincipleName('elasticmapreduce.amazonaws.com.cn') });
new iam.Role(stack, 'Role2', { assumedBy: new iam.ServicePrincipal('elasticmapreduce.amazonaws.com.cn') });
app.synth();
