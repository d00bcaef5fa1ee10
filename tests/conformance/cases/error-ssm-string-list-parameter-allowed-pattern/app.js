// Conformance case 'error-ssm-string-list-parameter-allowed-pattern': a StringListParameter value
// that does not match allowedPattern.
// Upstream: aws-ssm/test/parameter.test.ts 'StringList SSM Parameter rejects invalid values'.
'use strict';
const cdk = require('aws-cdk-lib');
const ssm = require('aws-cdk-lib/aws-ssm');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new ssm.StringListParameter(stack, 'Parameter', { allowedPattern: '^(Foo|Bar)$', stringListValue: ['Foo', 'FooBar'] });
app.synth();
