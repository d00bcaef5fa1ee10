// Conformance case 'core-custom-resource': cdk.CustomResource's rendering: the default type
// AWS::CloudFormation::CustomResource, a service token given again in properties (it keeps its
// place, with the customResourcePropConflict warning naming it and ServiceTimeout), PascalCase
// keys (nested keys kept), a service timeout, the removal policies and an SNS-topic-like token.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const token = new cdk.CfnParameter(stack, 'ProviderArn').valueAsString;
const plain = new cdk.CustomResource(stack, 'Plain', { serviceToken: token });
new cdk.CustomResource(stack, 'Conflict', {
  serviceToken: token,
  resourceType: 'Custom::My-Resource_v2@x',
  properties: { first: 1, ServiceTimeout: '30', ServiceToken: 'arn:aws:sns:us-east-1:123456789012:other', nested: { inner: [true, null] } },
});
new cdk.CustomResource(stack, 'Pascal', {
  serviceToken: token,
  pascalCaseProperties: true,
  serviceTimeout: cdk.Duration.seconds(3600),
  removalPolicy: cdk.RemovalPolicy.DESTROY,
  properties: { bucketName: 'b', nested: { keepMe: 'x' }, Already: 'y', _under: 1 },
});
new cdk.CustomResource(stack, 'Retained', {
  serviceToken: token,
  serviceTimeout: cdk.Duration.minutes(1),
  removalPolicy: cdk.RemovalPolicy.RETAIN,
});
new cdk.CfnOutput(stack, 'Ref', { value: plain.ref });
new cdk.CfnOutput(stack, 'Att', { value: plain.getAttString('Result') });
app.synth();
