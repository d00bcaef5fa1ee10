// Conformance case 'integ-kinesis-stream': aws-cdk's integ.stream.ts (framework-integ/test/aws-kinesis);
// adapted: the stream's maxRecordSize (Size.kibibytes(1536)) is newer than aws-cdk-lib 2.276.0, so it
// is left out; app.synth() added (the integ file relies on the runner)
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kinesis = require('aws-cdk-lib/aws-kinesis');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'integ-kinesis-stream');

const role = new iam.Role(stack, 'UserRole', {
  assumedBy: new iam.AccountRootPrincipal(),
});

const stream = new kinesis.Stream(stack, 'myStream');

stream.grantReadWrite(role);

app.synth();
