// Conformance case 'error-core-list-token-extracted': aws-cdk's core tokens.test.ts 'detect and error
// when list token values are illegally extracted': the one string of a list token used as a string.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const encoded = cdk.Token.asList(cdk.Lazy.any({ produce: () => ({ Ref: 'Other' }) }));
new cdk.CfnResource(stack, 'Res', { type: 'My::Resource', properties: { value: encoded[0] } });
app.synth();
