// Conformance case 'error-kms-alias-generated-name-unused': a kms.Alias whose aliasName is
// PhysicalName.GENERATE_IF_NEEDED, used only in its own stack: no name is generated, the Lazy
// leaves the CfnAlias's aliasName out, and the L1's validation of its required props fails when the
// stack resolves it.
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack', { env: { account: '111111111111', region: 'us-east-1' } });
const key = new kms.Key(stack, 'Key');
const alias = new kms.Alias(stack, 'Alias', { aliasName: cdk.PhysicalName.GENERATE_IF_NEEDED, targetKey: key });
new cdk.CfnOutput(stack, 'Arn', { value: alias.aliasArn });
app.synth();
