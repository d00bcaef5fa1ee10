// Conformance case 'error-secretsmanager-attach-twice': a second secret.attach (secret.test.ts
// 'throws when trying to attach a target multiple times to a secret').
'use strict';
const cdk = require('aws-cdk-lib');
const sm = require('aws-cdk-lib/aws-secretsmanager');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const secret = new sm.Secret(stack, 'Secret');
const target = { asSecretAttachmentTarget: () => ({ targetId: 'target-id', targetType: sm.AttachmentTargetType.DOCDB_DB_INSTANCE }) };
secret.attach(target);
secret.attach(target);
app.synth();
