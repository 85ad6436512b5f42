import { ruleCases } from '../../../../../test/harness/check';

ruleCases('InvalidVolumeSpec', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    services:
      web:
        image: nginx
        volumes:
          - ./data:/data:ro:extra
                           ^^^^^^ InvalidVolumeSpec
          - ./data::/data
                  ^^ InvalidVolumeSpec
          - ./conf:/etc/conf:rox
                             ^^^ InvalidVolumeSpec
          - ./conf:/etc/conf:ro,shard
                                ^^^^^ InvalidVolumeSpec
          - \${SRC}:/a:/b:/c
            ^^^^^^^^^^^^^^^ InvalidVolumeSpec
    `,
  ],
  quiet: [
    `
    services:
      web:
        image: nginx
        volumes:
          - /data
          - data:/data
          - ./conf:/etc/conf:ro
          - ./src:/src:rw,z
          - data:/cache:nocopy
          - ./x:/x:cached
          - C:\\Users\\me:/home/me
          - \${DATA_DIR:-./data}:/data
          - \${SRC}:\${DST}:\${MODE}
          - type: bind
            source: ./a
            target: /a
    volumes:
      data:
    `,
  ],
});
