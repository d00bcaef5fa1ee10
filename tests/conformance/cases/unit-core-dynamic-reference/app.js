// Conformance case 'unit-core-dynamic-reference': aws-cdk's core dynamic-reference.test.ts: a
// CfnDynamicReference of each service (a key with colons), alone and inside a string.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const ssm = new cdk.CfnDynamicReference(cdk.CfnDynamicReferenceService.SSM, 'a:b:c');
new cdk.CfnOutput(stack, 'Ssm', { value: ssm.toString() });
const secure = new cdk.CfnDynamicReference(cdk.CfnDynamicReferenceService.SSM_SECURE, 'param:1');
const secret = new cdk.CfnDynamicReference(cdk.CfnDynamicReferenceService.SECRETS_MANAGER, 'MySecret:SecretString:password');
new cdk.CfnResource(stack, 'R', {
  type: 'AWS::Foo::Bar',
  properties: { Secure: secure.toString(), Mixed: `user=${cdk.Aws.REGION};pass=${secret.toString()}!`, Text: `x-${ssm.toString()}` },
});
app.synth();
