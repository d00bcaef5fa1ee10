// Conformance case 'sns-topic-signature-version-empty': a Topic with signatureVersion ''. aws-cdk-lib
// checks `props.signatureVersion && ... !== '1' && ... !== '2'`: an empty string is falsy, so no
// error, and CfnTopic writes SignatureVersion '' as given. ccdk used to refuse it
// ('signatureVersion must be "1" or "2", received: ""'). Found by gen_err.py (de-2665).
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new sns.Topic(stack, 'Empty', { signatureVersion: '' });
new sns.Topic(stack, 'Two', { signatureVersion: '2' });
app.synth();
