// Conformance case 'error-size-negative': size.test.ts's 'negative amount': Size.kibibytes(-1) (Storage amounts cannot be negative. Received: -1)
'use strict';
const cdk = require('aws-cdk-lib');
const { Size } = cdk;

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new cdk.CfnResource(stack, 'R', { type: 'AWS::Test::Sizes', properties: { k: Size.kibibytes(-1).toKibibytes() } });
app.synth();
